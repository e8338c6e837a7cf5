import { KIND_LABELS } from '../../domain/kinds';
import { formatPeople, formatWindowShort } from '../../domain/format';
import type { MarkModel } from './layout';

const HALF_TOOLTIP = 130;

/** Hover/focus summary above a mark; kept inside the chart's width. Decorative for AT (the mark's label says the same). */
export interface EventTooltipProps {
  readonly mark: MarkModel;
  readonly width: number;
  /** Where the plot starts inside the chart box. */
  readonly offsetY: number;
}

export function EventTooltip({ mark, width, offsetY }: EventTooltipProps) {
  const { event } = mark;
  const left = Math.min(
    Math.max(mark.cx, HALF_TOOLTIP),
    Math.max(HALF_TOOLTIP, width - HALF_TOOLTIP),
  );
  return (
    <div
      role="tooltip"
      aria-hidden="true"
      data-testid="tooltip"
      className="pointer-events-none absolute z-10 w-64 -translate-x-1/2 -translate-y-full rounded-md border border-edge bg-surface p-2 text-sm shadow-lg"
      style={{ left, top: offsetY + mark.cy - mark.halfWidth - 8 }}
    >
      <p className="text-xs font-semibold uppercase tracking-wide text-muted">
        {KIND_LABELS[event.kind]} · {formatWindowShort(event.window)}
      </p>
      <p className="font-semibold">{event.title}</p>
      {event.people && <p className="text-muted">{formatPeople(event.people)}</p>}
    </div>
  );
}
