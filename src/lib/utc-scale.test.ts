import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcScale } from './utc-scale';

const instant = fc.integer({ min: -1e13, max: 1e13 });
const pixel = fc.double({ min: -5000, max: 5000, noNaN: true });

function d3Scale(d0: number, d1: number, r0: number, r1: number) {
  return scaleUtc()
    .domain([new Date(d0), new Date(d1)])
    .range([r0, r1]);
}

describe('utcScale', () => {
  it("maps instants and pixels exactly as d3-scale's scaleUtc does, either way round", () => {
    fc.assert(
      fc.property(
        instant,
        instant,
        pixel,
        pixel,
        fc.array(instant, { minLength: 1, maxLength: 10 }),
        fc.array(pixel, { minLength: 1, maxLength: 10 }),
        (d0, d1, r0, r1, ats, pxs) => {
          const ours = utcScale([d0, d1], [r0, r1]);
          const d3s = d3Scale(d0, d1, r0, r1);
          for (const at of ats) {
            expect(Object.is(ours(at), d3s(at))).toBe(true);
            expect(Object.is(ours(new Date(at)), d3s(new Date(at)))).toBe(true);
          }
          for (const px of pxs) {
            expect(Object.is(ours.invert(px).getTime(), d3s.invert(px).getTime())).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("gives d3's ticks and tick labels, from milliseconds to centuries", () => {
    const spans = fc.constantFrom(50, 5_000, 300_000, 7_200_000, 4e8, 5e9, 9e10, 3e12);
    fc.assert(
      fc.property(
        fc.integer({ min: -3e12, max: 3e12 }),
        spans,
        fc.integer({ min: 1, max: 14 }),
        (start, span, count) => {
          const ours = utcScale([start, start + span], [0, 1000]);
          const d3s = d3Scale(start, start + span, 0, 1000);
          const ticks = ours.ticks(count);
          expect(ticks.map((t) => t.getTime())).toEqual(d3s.ticks(count).map((t) => t.getTime()));
          const label = ours.tickFormat(count);
          const d3Label = d3s.tickFormat(count);
          expect(ticks.map(label)).toEqual(ticks.map(d3Label));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('labels a year, a month, a day and a time as d3 does', () => {
    const label = utcScale([0, 1], [0, 1]).tickFormat();
    expect(label(new Date(Date.UTC(2021, 0, 1)))).toBe('2021');
    expect(label(new Date(Date.UTC(2021, 2, 1)))).toBe('March');
    expect(label(new Date(Date.UTC(2021, 2, 7)))).toBe('Mar 07');
    expect(label(new Date(Date.UTC(2021, 2, 8)))).toBe('Mon 08');
    expect(label(new Date(Date.UTC(2021, 2, 8, 15)))).toBe('03 PM');
  });

  it('reads back its ends, and a new domain or range makes a new scale, leaving this one', () => {
    const scale = utcScale([Date.UTC(2020, 0, 1), Date.UTC(2022, 0, 1)], [20, 980]);
    expect(scale.domain().map((d) => d.toISOString())).toEqual([
      '2020-01-01T00:00:00.000Z',
      '2022-01-01T00:00:00.000Z',
    ]);
    expect(scale.range()).toEqual([20, 980]);
    const narrower = scale.domain([new Date(Date.UTC(2021, 0, 1)), Date.UTC(2021, 6, 1)]);
    expect(narrower(Date.UTC(2021, 0, 1))).toBe(20);
    expect(narrower.range([0, 10])(Date.UTC(2021, 6, 1))).toBe(10);
    expect(scale(Date.UTC(2020, 0, 1))).toBe(20);
    expect(scale.copy()(Date.UTC(2022, 0, 1))).toBe(980);
  });
});
