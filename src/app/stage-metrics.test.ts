import { describe, expect, it } from 'vitest';
import { chartMetrics } from '../features/timeline/metrics';
import { stageMetrics } from './stage-metrics';

describe('stageMetrics', () => {
  it('draws words at the label size and marks at 0.6 of its growth', () => {
    const m = stageMetrics(24);
    const text = chartMetrics(24);
    const marks = chartMetrics(24 * 0.6);
    expect([m.labelSize, m.smallFont, m.tinyFont, m.labelCharWidth, m.laneHeader]).toEqual([
      24,
      text.smallFont,
      text.tinyFont,
      text.labelCharWidth,
      text.laneHeader,
    ]);
    expect([m.areaScale, m.markerRadius, m.laneGap, m.rowHeight]).toEqual([
      marks.areaScale,
      marks.markerRadius,
      marks.laneGap,
      48.74,
    ]);
  });

  it('keeps a row at least 1.75 labels tall when the marks would allow less', () => {
    // Marks at 0.6 of 13 px want rows of 26.4 px; a 13 px label needs 23.
    expect(stageMetrics(13).rowHeight).toBe(26.4);
    expect(stageMetrics(40).rowHeight).toBe(81.23);
  });

  it('keeps "Date not given" labels to one line, which rows this short can hold', () => {
    expect(stageMetrics(24).columnLabelLines).toBe(1);
  });
});
