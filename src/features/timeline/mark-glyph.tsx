import { memo } from 'react';
import type { EventKind } from '../../domain/kinds';
import { KIND_STYLE } from '../../lib/kind-style';
import type { CountStyle } from './layout';

/** An undated mark's fill, so its outline (and the "?" of a missing number) carries it. */
const UNDATED_FILL = 0.22;

/** "]" right of the glyph (a known end) or "[" left of it (a known start). */
function bracketPath(side: 'end' | 'start', halfWidth: number): string {
  const h = Math.max(6, halfWidth);
  const x = side === 'end' ? h + 4 : -h - 4;
  const arm = side === 'end' ? -3 : 3;
  return `M${x + arm},${-h}H${x}V${h}H${x + arm}`;
}

/** The cohort ring sits just inside the selection ring's radius, dashed where that one is solid. */
const COHORT_RING_GAP = 4;

export interface MarkGlyphProps {
  readonly kind: EventKind;
  readonly area: number;
  readonly halfWidth: number;
  readonly countStyle: CountStyle;
  readonly selected: boolean;
  /** Offset of the "sources disagree" badge on the diagonal, and its radius; null: no badge. */
  readonly markerOffset: number | null;
  readonly markerRadius: number;
  /** In a cohort of the selected event: a dashed ring, told apart from the solid selection. */
  readonly cohort: boolean;
  /** Font size of the "?" and "≠" signs, in px. */
  readonly signSize: number;
  /**
   * In the "Date not given" column: pale fill, solid outline and a bracket on the side of the
   * bound the source gives ("]": reported by then; "[": from then).
   */
  readonly undated?: 'end' | 'start' | null;
}

/**
 * One event's symbol at the origin. Area encodes the count: filled when the number is exact or a
 * minimum, outlined and dashed when it is only an upper bound, and a fixed dashed outline with
 * "?" when the article gives no number. A disputed event carries a "≠" badge at its upper right
 * (the sign, not the colour, carries the meaning); an event sharing a cohort with the selected
 * one a dashed ring. Memoised on plain props: while zooming only the mark's
 * position changes, and that is its parent's transform.
 */
export const MarkGlyph = memo(function MarkGlyph({
  kind,
  area,
  halfWidth,
  countStyle,
  selected,
  markerOffset,
  markerRadius,
  cohort,
  signSize,
  undated = null,
}: MarkGlyphProps) {
  const { color, symbol: type } = KIND_STYLE[kind];
  const d = type(area);
  const hollow = countStyle === 'up-to' || countStyle === 'unknown';
  const outlined = undated !== null && !hollow;
  return (
    <>
      <circle
        className="focus-ring"
        data-export="omit"
        r={halfWidth + 5}
        fill="none"
        strokeWidth={2.5}
      />
      {selected && (
        <circle
          data-export="omit"
          r={halfWidth + 5}
          fill="none"
          stroke="currentColor"
          strokeWidth={2.5}
        />
      )}
      {cohort && (
        <circle
          data-cohort-ring=""
          r={halfWidth + COHORT_RING_GAP}
          fill="none"
          stroke="var(--ct-accent)"
          strokeWidth={2}
          strokeDasharray="4 3"
        />
      )}
      {outlined && <path d={d} fill="var(--ct-surface)" stroke="none" />}
      <path
        d={d}
        fill={hollow ? 'var(--ct-surface)' : color}
        fillOpacity={outlined ? UNDATED_FILL : undefined}
        stroke={hollow || outlined ? color : 'var(--ct-surface)'}
        strokeWidth={hollow || outlined ? 2 : 1.5}
        strokeDasharray={hollow ? '3 2' : undefined}
      />
      {undated !== null && (
        <path
          data-undated-bracket={undated}
          d={bracketPath(undated, halfWidth)}
          fill="none"
          stroke={color}
          strokeWidth={2}
        />
      )}
      {countStyle === 'unknown' && (
        <text
          textAnchor="middle"
          dy="0.35em"
          fontSize={signSize}
          fontWeight={700}
          fill={color}
          aria-hidden="true"
        >
          ?
        </text>
      )}
      {markerOffset !== null && (
        <g data-dispute-marker="" transform={`translate(${markerOffset},${-markerOffset})`}>
          <circle
            r={markerRadius}
            fill="var(--ct-surface)"
            stroke="var(--ct-text)"
            strokeWidth={1.5}
          />
          <text
            textAnchor="middle"
            dy="0.35em"
            fontSize={signSize}
            fontWeight={700}
            fill="var(--ct-text)"
            aria-hidden="true"
          >
            ≠
          </text>
        </g>
      )}
    </>
  );
});
