import { symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolWye } from './symbols';
import type { SymbolShape } from './symbols';
import type { EventKind } from '../domain/kinds';

/**
 * Colours are theme tokens (see index.css): Okabe–Ito-like hues, safe for the common
 * colour-vision deficiencies, tuned per theme so every mark reaches 3:1 against its background.
 * Each kind also has its own shape, so colour is never the only cue.
 */
export const KIND_STYLE: Record<
  EventKind,
  { color: string; symbol: SymbolShape; shapeName: string }
> = {
  capture: { color: 'var(--ct-kind-capture)', symbol: symbolTriangle, shapeName: 'triangle' },
  sentence: { color: 'var(--ct-kind-sentence)', symbol: symbolSquare, shapeName: 'square' },
  release: { color: 'var(--ct-kind-release)', symbol: symbolCircle, shapeName: 'circle' },
  status: { color: 'var(--ct-kind-status)', symbol: symbolDiamond, shapeName: 'diamond' },
  statement: {
    color: 'var(--ct-kind-statement)',
    symbol: symbolWye,
    shapeName: 'three-armed star',
  },
};

/** A swatch's shape fills this share of its square, as a lane's mark fills its row. */
const SWATCH_FILL = 0.31;

/**
 * A kind's key swatch — its shape in its colour, centred on 0,0 in a square of `size` px — the
 * same in the filter checkboxes, the chart's legend and the exported SVG's legend.
 */
export function kindSwatch(
  kind: EventKind,
  size: number,
): { readonly d: string; readonly fill: string } {
  const { symbol: type, color } = KIND_STYLE[kind];
  return { d: type(SWATCH_FILL * size * size), fill: color };
}
