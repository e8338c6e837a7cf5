import { useMemo, useState } from 'react';
import type { PointerEvent } from 'react';
import { anchorInstant } from '../../domain/time-window';
import { EVENT_KINDS } from '../../domain/kinds';
import type { TimeScale } from '../../lib/utc-scale';
import { columnsOf } from '../../domain/event-columns';
import { DensityBins, densityBarsPath } from '../../lib/density';
import type { TimelineEvent } from '../../domain/types';
import { useElementSize } from '../../hooks/use-element-size';
import { KIND_STYLE } from '../../lib/kind-style';
import { linearOf, makeBaseTimeScale } from '../../lib/scales';
import { roundToMinute } from '../../lib/time';
import { dragBrush, grabAt, MIN_BRUSH } from './brush-model';
import type { BrushGrab, Span } from './brush-model';

const HEIGHT = 44;
const ROW = 7;
/** Above this many events the strip draws one path of bins per kind instead of a tick each. */
const MAX_TICKS = 1500;

/** Each kind's events as bins whose height says how many fall there: one path per kind. */
function binsPaths(events: readonly TimelineEvent[], x: TimeScale, width: number): string[] {
  const { byKind, anchor } = columnsOf(events);
  const px = linearOf(x);
  return EVENT_KINDS.map((_, row) => {
    const bins = new DensityBins(width);
    for (const i of byKind[row] ?? []) bins.add(px(anchor[i] ?? 0));
    const baseline = 4 + row * ROW + ROW - 2;
    return densityBarsPath(bins.model(), baseline, ROW - 2, 1);
  });
}

export interface OverviewStripProps {
  readonly events: readonly TimelineEvent[];
  readonly visible: readonly TimelineEvent[];
  readonly extent: readonly [number, number] | null;
  readonly fallbackEnd: number;
  readonly range: readonly [number, number] | null;
  readonly onCommit: (range: readonly [number, number] | null) => void;
}

interface Drag {
  readonly grab: BrushGrab;
  readonly origin: { readonly px: number; readonly selection: Span | null };
  readonly current: Span;
}

/**
 * The whole dataset in miniature with a brush for the time window. Pointer-only by design: the
 * From/To fields beside it are the keyboard and screen-reader way to set the same window.
 */
export function OverviewStrip({
  events,
  visible,
  extent,
  fallbackEnd,
  range,
  onCommit,
}: OverviewStripProps) {
  const [ref, { width }] = useElementSize<HTMLDivElement>();
  const [drag, setDrag] = useState<Drag | null>(null);
  const x = useMemo(
    () => makeBaseTimeScale(extent, width, fallbackEnd),
    [extent, width, fallbackEnd],
  );
  const [lo = 0, hi = width] = x.range();
  // Memoised: the panel re-renders on every filter change, and these read every event.
  const paths = useMemo(
    () => (events.length > MAX_TICKS ? binsPaths(events, x, width) : null),
    [events, x, width],
  );
  const shown = useMemo(
    () => (events.length > MAX_TICKS ? null : new Set(visible)),
    [events, visible],
  );
  const committed: Span | null = range ? [x(range[0]), x(range[1])] : null;
  const selection = drag?.current ?? committed;

  const pxOf = (e: PointerEvent<SVGSVGElement>) =>
    e.clientX - e.currentTarget.getBoundingClientRect().left;

  return (
    <div ref={ref} className="w-full" data-testid="overview">
      {width > 0 && (
        <svg
          width={width}
          height={HEIGHT}
          aria-hidden="true"
          className="block cursor-crosshair touch-none rounded border border-edge bg-surface"
          onPointerDown={(e) => {
            const px = pxOf(e);
            e.currentTarget.setPointerCapture(e.pointerId);
            const origin = { px, selection: committed };
            const grab = grabAt(px, committed);
            setDrag({ grab, origin, current: dragBrush(grab, origin, px, [lo, hi]) });
          }}
          onPointerMove={(e) => {
            if (drag)
              setDrag({ ...drag, current: dragBrush(drag.grab, drag.origin, pxOf(e), [lo, hi]) });
          }}
          onPointerUp={() => {
            if (!drag) return;
            const [a, b] = drag.current;
            setDrag(null);
            if (b - a < MIN_BRUSH) {
              if (drag.grab === 'new') onCommit(null);
              return;
            }
            const round = (px: number) => roundToMinute(x.invert(px).getTime());
            onCommit([round(a), round(b)]);
          }}
          onPointerCancel={() => {
            setDrag(null);
          }}
        >
          {paths
            ? EVENT_KINDS.map((kind, row) => (
                <path key={kind} d={paths[row]} fill={KIND_STYLE[kind].color} />
              ))
            : events.map((event) => {
                const row = EVENT_KINDS.indexOf(event.kind);
                return (
                  <rect
                    key={event.id}
                    x={x(anchorInstant(event.window)) - 1.5}
                    y={4 + row * ROW}
                    width={3}
                    height={ROW - 2}
                    fill={shown?.has(event) ? KIND_STYLE[event.kind].color : 'var(--ct-border)'}
                  />
                );
              })}
          {selection && (
            <rect
              data-testid="brush-selection"
              x={selection[0]}
              y={1}
              width={Math.max(1, selection[1] - selection[0])}
              height={HEIGHT - 2}
              fill="var(--ct-accent)"
              fillOpacity={0.15}
              stroke="var(--ct-accent)"
              strokeWidth={2}
              className="cursor-move"
            />
          )}
        </svg>
      )}
    </div>
  );
}
