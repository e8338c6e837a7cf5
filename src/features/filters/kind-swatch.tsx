import { symbol } from 'd3-shape';
import type { EventKind } from '../../domain/kinds';
import { KIND_STYLE } from '../../lib/kind-style';

const SWATCH = 16;

/** A kind's shape in its colour, as in its lane, for the filter checkboxes. */
export function KindSwatch({ kind }: { kind: EventKind }) {
  return (
    <svg width={SWATCH} height={SWATCH} viewBox="-8 -8 16 16" aria-hidden="true">
      <path d={symbol(KIND_STYLE[kind].symbol, 90)() ?? ''} fill={KIND_STYLE[kind].color} />
    </svg>
  );
}
