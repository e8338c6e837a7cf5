import { describe, expect, it } from 'vitest';
import { DensityBins, densityBarsPath } from './density';

describe('densityBarsPath', () => {
  it('draws one bar per non-empty bin, on the baseline, the fullest bin full height', () => {
    const bins = new DensityBins(12);
    for (const cx of [0.5, 1, 2, 3.9, 9]) bins.add(cx);
    // Bins of 4 px: four anchors in the first, none in the second, one in the third.
    expect(densityBarsPath(bins.model(), 30, 20, 1.5)).toBe('M0,30v-20h3.5v20zM8,30v-5h3.5v5z');
  });

  it('keeps a bar far below the fullest at the minimum height', () => {
    const bins = new DensityBins(8);
    for (let i = 0; i < 100; i += 1) bins.add(1);
    bins.add(5);
    expect(densityBarsPath(bins.model(), 10, 5, 1)).toBe('M0,10v-5h3.5v5zM4,10v-1h3.5v1z');
  });

  it('is empty when nothing was counted', () => {
    const bins = new DensityBins(12);
    bins.add(-1);
    bins.add(12);
    expect(densityBarsPath(bins.model(), 30, 20, 1.5)).toBe('');
  });
});
