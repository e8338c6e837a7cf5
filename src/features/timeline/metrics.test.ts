import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { loadMultiSource } from '../../test/multi-source-fixture';
import { makeAreaScale } from '../../lib/scales';
import { layoutTimeline } from './layout';
import { BASE_METRICS, chartMetrics } from './metrics';

describe('chartMetrics', () => {
  it('gives the desk sizes at the base label size', () => {
    expect(BASE_METRICS).toEqual({
      labelSize: 13,
      scale: 1,
      rowHeight: 44,
      laneHeader: 22,
      laneGap: 8,
      labelCharWidth: 7,
      labelGap: 6,
      rowClearance: 12,
      markerRadius: 7.5,
      densityHeight: 56,
      smallFont: 12,
      tinyFont: 11,
      plotTop: 20,
      axisHeight: 28,
      areaScale: 1,
    });
  });

  it('grows every length with the label size, and areas with its square', () => {
    const m = chartMetrics(26);
    expect([
      m.scale,
      m.rowHeight,
      m.laneHeader,
      m.labelCharWidth,
      m.smallFont,
      m.areaScale,
    ]).toEqual([2, 88, 44, 14, 24, 4]);
  });

  it('falls back to the base for a size that is not a positive number', () => {
    expect(chartMetrics(0)).toEqual(BASE_METRICS);
    expect(chartMetrics(Number.NaN)).toEqual(BASE_METRICS);
  });
});

describe('layoutTimeline at a larger label size', () => {
  it('lays the same marks out twice as large at twice the label size', () => {
    const dataset = loadMultiSource();
    const domain = [new Date(Date.UTC(2023, 0, 1)), new Date(Date.UTC(2024, 0, 1))];
    const areaOf = makeAreaScale(20);
    const at = (width: number, labelSize: number) =>
      layoutTimeline(dataset.events, scaleUtc().domain(domain).range([0, width]), {
        width,
        areaOf,
        metrics: chartMetrics(labelSize),
      });
    const base = at(800, 13);
    const large = at(1600, 26);
    expect(large.height).toBe(base.height * 2);
    expect(large.marks.map((m) => [m.event.id, m.row, m.cy / 2, m.area / 4])).toEqual(
      base.marks.map((m) => [m.event.id, m.row, m.cy, m.area]),
    );
  });
});
