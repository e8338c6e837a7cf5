import { EVENT_KINDS } from '../../domain/kinds';
import { KIND_STYLE } from '../../lib/kind-style';
import type { MarkModel } from './layout';
import { DIMMED } from './spotlight';

const BAND_SHARE = 0.62;
const BAND_OPACITY = 0.2;

export function bandGradientId(kind: string, side: 'start' | 'end'): string {
  return `ct-fade-${side}-${kind}`;
}

/** Gradients for open windows: the band fades out towards the side that has no limit. */
export function BandGradients() {
  return (
    <defs>
      {EVENT_KINDS.map((kind) =>
        (['start', 'end'] as const).map((side) => (
          <linearGradient key={`${kind}-${side}`} id={bandGradientId(kind, side)} x1="0" x2="1">
            <stop
              offset="0"
              stopColor={KIND_STYLE[kind].color}
              stopOpacity={side === 'start' ? 0 : BAND_OPACITY * 1.5}
            />
            <stop
              offset="1"
              stopColor={KIND_STYLE[kind].color}
              stopOpacity={side === 'start' ? BAND_OPACITY * 1.5 : 0}
            />
          </linearGradient>
        )),
      )}
    </defs>
  );
}

/**
 * The window each uncertain date allows, behind its mark: a pale band with no solid edges, so it
 * reads as "somewhere in here" and not as a duration; EDTF "?" adds a dashed outline.
 */
export interface WindowBandsProps {
  readonly marks: readonly MarkModel[];
  /** Presentation: only this event's band at full strength. */
  readonly spotlightId: string | null;
  readonly rowHeight: number;
}

export function WindowBands({ marks, spotlightId, rowHeight }: WindowBandsProps) {
  const h = rowHeight * BAND_SHARE;
  return (
    <g aria-hidden="true">
      {marks.map(({ event, band, cy }) => {
        if (!band) return null;
        const { color } = KIND_STYLE[event.kind];
        const fill = band.openStart
          ? `url(#${bandGradientId(event.kind, 'start')})`
          : band.openEnd
            ? `url(#${bandGradientId(event.kind, 'end')})`
            : color;
        return (
          <rect
            key={event.id}
            data-band-for={event.id}
            x={band.x0}
            y={cy - h / 2}
            width={Math.max(2, band.x1 - band.x0)}
            height={h}
            rx={4}
            fill={fill}
            fillOpacity={band.openStart || band.openEnd ? 1 : BAND_OPACITY}
            stroke={event.window.uncertain ? color : 'none'}
            strokeDasharray={event.window.uncertain ? '4 3' : undefined}
            opacity={spotlightId !== null && spotlightId !== event.id ? DIMMED : 1}
          />
        );
      })}
    </g>
  );
}
