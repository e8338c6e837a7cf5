import {
  symbol,
  symbolCircle as d3Circle,
  symbolDiamond as d3Diamond,
  symbolSquare as d3Square,
  symbolTriangle as d3Triangle,
  symbolWye as d3Wye,
} from 'd3-shape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolWye } from './symbols';

const SHAPES = [
  ['circle', symbolCircle, d3Circle],
  ['square', symbolSquare, d3Square],
  ['triangle', symbolTriangle, d3Triangle],
  ['diamond', symbolDiamond, d3Diamond],
  ['wye', symbolWye, d3Wye],
] as const;

describe('symbols', () => {
  for (const [name, ours, d3s] of SHAPES) {
    it(`the ${name} is d3-shape's path for every area a mark or swatch takes`, () => {
      fc.assert(
        fc.property(fc.double({ min: 0, max: 5000, noNaN: true }), (area) => {
          expect(ours(area)).toBe(symbol(d3s, area)() ?? '');
        }),
        { numRuns: 400 },
      );
      for (const area of [0, 1, 60, 120, 240, 260, 900]) {
        expect(ours(area)).toBe(symbol(d3s, area)() ?? '');
      }
    });
  }

  it('draws a 100 px² square as a 10 px one about the origin', () => {
    expect(symbolSquare(100)).toBe('M-5,-5h10v10h-10Z');
  });
});
