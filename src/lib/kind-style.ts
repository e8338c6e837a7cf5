import { symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolWye } from 'd3-shape';
import type { SymbolType } from 'd3-shape';
import type { EventKind } from '../domain/kinds';

/**
 * Okabe–Ito hues (safe for the common colour-vision deficiencies), darkened where needed so each
 * mark reaches 3:1 against the light background; each kind also has its own shape, so colour is
 * never the only cue.
 */
export const KIND_STYLE: Record<
  EventKind,
  { color: string; symbol: SymbolType; shapeName: string }
> = {
  capture: { color: '#c2410c', symbol: symbolTriangle, shapeName: 'triangle' },
  sentence: { color: '#a23b72', symbol: symbolSquare, shapeName: 'square' },
  release: { color: '#047857', symbol: symbolCircle, shapeName: 'circle' },
  status: { color: '#0062a3', symbol: symbolDiamond, shapeName: 'diamond' },
  statement: { color: '#7c5e00', symbol: symbolWye, shapeName: 'three-armed star' },
};
