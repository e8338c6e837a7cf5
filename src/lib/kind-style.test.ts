import { describe, expect, it } from 'vitest';
import { kindSwatch } from './kind-style';

describe('kindSwatch', () => {
  it('draws a release as a circle filling 31% of its square, in the release colour', () => {
    // Area 0.31 × 20² = 124 px², so the radius is √(124 / π) ≈ 6.283.
    expect(kindSwatch('release', 20)).toEqual({
      d: 'M6.283,0A6.283,6.283,0,1,1,-6.283,0A6.283,6.283,0,1,1,6.283,0',
      fill: 'var(--ct-kind-release)',
    });
  });

  it("keeps the chart legend's 22 px swatch at the 150 px² it was drawn at", () => {
    // √(0.31 × 22² / π) = 6.911, and √(150 / π) = 6.910: the same circle to the pixel.
    expect(kindSwatch('release', 22).d).toBe(
      'M6.911,0A6.911,6.911,0,1,1,-6.911,0A6.911,6.911,0,1,1,6.911,0',
    );
  });
});
