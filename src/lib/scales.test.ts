import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIXED_MARK_AREA,
  MAX_MARK_AREA,
  PLOT_INSET,
  makeAreaScale,
  linearOf,
  makeBaseTimeScale,
} from './scales';

const DAY = 86_400_000;

function isoDomain(scale: ReturnType<typeof makeBaseTimeScale>): string[] {
  return scale.domain().map((d) => d.toISOString());
}

describe('makeBaseTimeScale', () => {
  it('makeBaseTimeScale(1 Dec 2020 – 9 Dec 2023, 1000) pads 7% of the span each side', () => {
    const lo = Date.UTC(2020, 11, 1);
    const hi = Date.UTC(2023, 11, 9);
    const scale = makeBaseTimeScale([lo, hi], 1000, 0);
    // 1103 days × 0.07 = 77.21 days = 77 d 5 h 2 min 24 s.
    expect(isoDomain(scale)).toStrictEqual([
      '2020-09-14T18:57:36.000Z',
      '2024-02-24T05:02:24.000Z',
    ]);
    expect(scale.domain().map((d) => d.getTime())).toStrictEqual([
      lo - (77 * DAY + 5 * 3_600_000 + 2 * 60_000 + 24_000),
      hi + (77 * DAY + 5 * 3_600_000 + 2 * 60_000 + 24_000),
    ]);
    expect(scale.range()).toStrictEqual([PLOT_INSET, 1000 - PLOT_INSET]);
    expect(scale.range()).toStrictEqual([20, 980]);
  });

  it('makeBaseTimeScale maps the padded domain onto the inset range', () => {
    const scale = makeBaseTimeScale([Date.UTC(2020, 11, 1), Date.UTC(2023, 11, 9)], 1000, 0);
    expect(scale(Date.parse('2020-09-14T18:57:36.000Z'))).toBe(20);
    expect(scale(Date.parse('2024-02-24T05:02:24.000Z'))).toBe(980);
  });

  it('makeBaseTimeScale pads a short extent by at least 14 days', () => {
    const scale = makeBaseTimeScale([Date.UTC(2023, 11, 8), Date.UTC(2023, 11, 9)], 500, 0);
    expect(isoDomain(scale)).toStrictEqual([
      '2023-11-24T00:00:00.000Z',
      '2023-12-23T00:00:00.000Z',
    ]);
  });

  it('makeBaseTimeScale switches from 14 days to 7% at a 200-day span', () => {
    const lo = Date.UTC(2023, 0, 1);
    const at200 = makeBaseTimeScale([lo, lo + 200 * DAY], 500, 0);
    expect(at200.domain()[0]?.getTime()).toBe(lo - 14 * DAY);
    const at300 = makeBaseTimeScale([lo, lo + 300 * DAY], 500, 0);
    expect(at300.domain()[0]?.getTime()).toBe(lo - 21 * DAY);
  });

  it('makeBaseTimeScale(null) shows the padded year before the fallback end', () => {
    const scale = makeBaseTimeScale(null, 500, Date.UTC(2023, 11, 9));
    // 365 days before 9 Dec 2023, padded by 365 × 0.07 = 25.55 days = 25 d 13 h 12 min.
    expect(isoDomain(scale)).toStrictEqual([
      '2022-11-13T10:48:00.000Z',
      '2024-01-03T13:12:00.000Z',
    ]);
    expect(scale.range()).toStrictEqual([20, 480]);
  });

  it('makeBaseTimeScale at width 0 keeps a one-pixel range', () => {
    const scale = makeBaseTimeScale([Date.UTC(2023, 11, 8), Date.UTC(2023, 11, 9)], 0, 0);
    expect(scale.range()).toStrictEqual([PLOT_INSET, PLOT_INSET + 1]);
  });
});

describe('makeAreaScale', () => {
  const areaOf = makeAreaScale(64);

  it.each([
    [0, 0],
    [2, 28.125],
    [6, 84.375],
    [26, 365.625],
    [32, 450],
    [55, 773.4375],
    [64, 900],
    [128, 1800],
  ])('makeAreaScale(64)(%i) is %d', (count, area) => {
    expect(areaOf(count)).toBe(area);
  });

  it('makeAreaScale(64)(64) is MAX_MARK_AREA', () => {
    expect(MAX_MARK_AREA).toBe(900);
    expect(areaOf(64)).toBe(MAX_MARK_AREA);
  });

  it('makeAreaScale is linear through zero: twice the people, twice the area', () => {
    expect(areaOf(20)).toBe(2 * areaOf(10));
  });

  it('makeAreaScale(0) treats the largest count as 1', () => {
    expect(makeAreaScale(0)(0)).toBe(0);
    expect(makeAreaScale(0)(1)).toBe(900);
  });

  it('FIXED_MARK_AREA is 260', () => {
    expect(FIXED_MARK_AREA).toBe(260);
  });
});

const instant = fc.integer({ min: -1e13, max: 1e13 });

describe('linearOf', () => {
  it('linearOf(x)(t) is exactly x(t), for any domain (either way round), range and instant', () => {
    fc.assert(
      fc.property(
        instant,
        instant,
        fc.double({ min: -5000, max: 5000, noNaN: true }),
        fc.double({ min: -5000, max: 5000, noNaN: true }),
        fc.array(instant, { minLength: 1, maxLength: 20 }),
        (d0, d1, r0, r1, ats) => {
          const x = scaleUtc()
            .domain([new Date(d0), new Date(d1)])
            .range([r0, r1]);
          const fast = linearOf(x);
          for (const at of ats) expect(Object.is(fast(at), x(at))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('linearOf maps 1 Jan 2021 on a 2020–2022 scale over [0, 1000] to 500.68…', () => {
    const x = scaleUtc()
      .domain([new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2022, 0, 1))])
      .range([0, 1000]);
    expect(linearOf(x)(Date.UTC(2021, 0, 1))).toBe(x(new Date(Date.UTC(2021, 0, 1))));
    expect(linearOf(x)(Date.UTC(2021, 0, 1))).toBeCloseTo((366 / 731) * 1000, 10);
  });
});
