import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { describeEvent } from '../../domain/describe-event';
import { MarkGlyph } from './mark-glyph';
import type { MarkModel } from './layout';
import { DIMMED } from './spotlight';
import { BASE_LABEL_SIZE } from './metrics';

/** Line spacing of a two-line label in the undated column, in label sizes. */
const LINE_HEIGHT = 1.2;

export interface EventMarksProps {
  readonly marks: readonly MarkModel[];
  readonly selectedId: string | null;
  /** Enter/Space/click select an event; Escape clears the selection. */
  readonly onSelect: (id: string | null) => void;
  readonly onPoint: (id: string | null) => void;
  /** Presentation: fade every mark but the selected one. */
  readonly spotlight?: boolean;
  /** The other events of the selected event's cohorts, each with the cohort's label. */
  readonly cohort?: ReadonlyMap<string, string>;
  /** Label font size in px (the chart's metrics). */
  readonly labelSize?: number;
  /** The time plot's clip: dated marks stay inside it, clear of the undated column. */
  readonly clipId?: string;
}

const NO_COHORT: ReadonlyMap<string, string> = new Map();

/** Next focus target for the arrow keys, over marks in chronological order. */
function arrowKeyTarget(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(count - 1, index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * Marks as focusable SVG groups: Tab reaches the chart, arrow keys walk events in time order,
 * Enter or Space selects. Each carries `data-event-id`, the contract tests and embedders use.
 */
export function EventMarks({
  marks,
  selectedId,
  onSelect,
  onPoint,
  spotlight = false,
  cohort = NO_COHORT,
  labelSize = BASE_LABEL_SIZE,
  clipId,
}: EventMarksProps) {
  // One ref on the group, marks found by their data-event-id: a ref callback per mark would be
  // detached and re-attached for every mark on every zoom frame.
  const group = useRef<SVGGElement>(null);
  const nodeOf = (id: string) =>
    group.current?.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(id)}"]`) ?? null;
  const previous = useRef(selectedId);

  // When the details close, their panel (and the focus in it) is gone: hand focus back to the
  // mark they belonged to, so keyboard users continue from where they were.
  useEffect(() => {
    const closed = previous.current;
    previous.current = selectedId;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (closed !== null && selectedId === null && lost) {
      group.current?.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(closed)}"]`)?.focus();
    }
  }, [selectedId]);

  const handleKey = (event: KeyboardEvent<SVGGElement>, index: number, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(id);
      return;
    }
    if (event.key === 'Escape') {
      onSelect(null);
      return;
    }
    const next = arrowKeyTarget(event.key, index, marks.length);
    const target = next === null ? undefined : marks[next];
    if (!target) return;
    event.preventDefault();
    nodeOf(target.event.id)?.focus();
  };

  // Roving tab stop: Tab enters the chart once (at the selected event, else the first).
  const tabStop = marks.some((m) => m.event.id === selectedId) ? selectedId : marks[0]?.event.id;

  return (
    <g ref={group}>
      {marks.map((mark, index) => {
        const { event } = mark;
        const cohortLabel = cohort.get(event.id) ?? null;
        return (
          <g
            key={event.id}
            data-event-id={event.id}
            data-kind={event.kind}
            data-disputed={mark.marker ? 'true' : undefined}
            data-cohort-highlight={cohortLabel === null ? undefined : 'true'}
            data-undated={mark.undated ? 'true' : undefined}
            clipPath={mark.undated || clipId === undefined ? undefined : `url(#${clipId})`}
            opacity={spotlight && event.id !== selectedId ? DIMMED : 1}
            role="button"
            tabIndex={event.id === tabStop ? 0 : -1}
            aria-label={describeEvent(event, cohortLabel)}
            aria-pressed={event.id === selectedId}
            className="ct-mark cursor-pointer outline-none"
            onClick={() => {
              onSelect(event.id);
            }}
            onKeyDown={(e) => {
              handleKey(e, index, event.id);
            }}
            onMouseEnter={() => {
              onPoint(event.id);
            }}
            onMouseLeave={() => {
              onPoint(null);
            }}
            onFocus={() => {
              onPoint(event.id);
            }}
            onBlur={() => {
              onPoint(null);
            }}
          >
            <g transform={`translate(${mark.cx},${mark.cy})`}>
              <MarkGlyph
                kind={event.kind}
                area={mark.area}
                halfWidth={mark.halfWidth}
                countStyle={mark.countStyle}
                selected={event.id === selectedId}
                markerOffset={mark.marker?.dx ?? null}
                markerRadius={mark.marker?.r ?? 0}
                cohort={cohortLabel !== null}
                signSize={labelSize - 1}
                undated={mark.undated}
              />
            </g>
            {mark.label && (
              <text
                className="ct-label"
                data-label-for={event.id}
                data-full-label={event.title}
                x={mark.label.x}
                y={mark.cy}
                dy={mark.label.lines.length > 1 ? undefined : '0.35em'}
                textAnchor={mark.label.anchor}
                fontSize={labelSize}
                fill="var(--ct-text)"
                stroke="var(--ct-surface)"
                strokeWidth={3 * (labelSize / BASE_LABEL_SIZE)}
                strokeLinejoin="round"
                paintOrder="stroke"
                aria-hidden="true"
              >
                {mark.label.lines.length > 1
                  ? mark.label.lines.map((line, i) => (
                      <tspan
                        key={i}
                        x={mark.label?.x}
                        y={
                          mark.cy +
                          (i - (mark.label?.lines.length ?? 1) / 2 + 0.5) * labelSize * LINE_HEIGHT
                        }
                        dy="0.35em"
                      >
                        {line}
                      </tspan>
                    ))
                  : mark.label.text}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
