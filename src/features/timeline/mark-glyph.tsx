import { symbol } from 'd3-shape';
import { KIND_STYLE } from '../../lib/kind-style';
import type { MarkModel } from './layout';

const UNKNOWN_GLYPH_FONT = 12;

/**
 * One event's symbol at the origin. Area encodes the count: filled when the number is exact or a
 * minimum, outlined and dashed when it is only an upper bound, and a fixed dashed outline with
 * "?" when the article gives no number.
 */
export function MarkGlyph({ mark, selected }: { mark: MarkModel; selected: boolean }) {
  const { color, symbol: type } = KIND_STYLE[mark.event.kind];
  const d = symbol(type, mark.area)() ?? '';
  const hollow = mark.countStyle === 'up-to' || mark.countStyle === 'unknown';
  return (
    <>
      <circle className="focus-ring" r={mark.halfWidth + 5} fill="none" strokeWidth={2.5} />
      {selected && (
        <circle r={mark.halfWidth + 5} fill="none" stroke="currentColor" strokeWidth={2.5} />
      )}
      <path
        d={d}
        fill={hollow ? 'var(--ct-surface)' : color}
        stroke={hollow ? color : 'var(--ct-surface)'}
        strokeWidth={hollow ? 2 : 1.5}
        strokeDasharray={hollow ? '3 2' : undefined}
      />
      {mark.countStyle === 'unknown' && (
        <text
          textAnchor="middle"
          dy="0.35em"
          fontSize={UNKNOWN_GLYPH_FONT}
          fontWeight={700}
          fill={color}
          aria-hidden="true"
        >
          ?
        </text>
      )}
    </>
  );
}
