import { scaleUtc } from 'd3-scale';
import type { ScaleTime } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelBox, makeTicks, TICK_GAP } from './ticks';
import type { Tick } from './ticks';

function scale(from: number, to: number, width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(from), new Date(to)])
    .range([0, width]);
}

const WHOLE = [Date.UTC(2020, 8, 1), Date.UTC(2024, 2, 1)] as const;

function expectNoOverlap(ticks: readonly Tick[]): void {
  for (let i = 1; i < ticks.length; i += 1) {
    const prev = ticks[i - 1];
    const tick = ticks[i];
    if (!prev || !tick) continue;
    expect(labelBox(tick)[0]).toBeGreaterThanOrEqual(labelBox(prev)[1] + TICK_GAP);
  }
}

describe('makeTicks', () => {
  it('makeTicks(year −700 – 10700, 1000) labels no year outside 0–9999 (10000 would read "0000")', () => {
    const x = scale(
      Date.parse('-000700-01-01T00:00:00Z'),
      Date.parse('+010700-01-01T00:00:00Z'),
      1000,
    );
    expect(makeTicks(x, 1000).map((t) => t.label)).toStrictEqual(
      Array.from({ length: 10 }, (_, i) => `${i}000`),
    );
  });

  it('makeTicks(Sep 2020 – Mar 2024, 1000) gives yearly ticks 2021–2024', () => {
    const x = scale(...WHOLE, 1000);
    const ticks = makeTicks(x, 1000);
    expect(ticks.map((t) => t.label)).toStrictEqual(['2021', '2022', '2023', '2024']);
    expect(ticks.map((t) => Math.round(t.x))).toStrictEqual([96, 381, 667, 953]);
    expect(ticks.map((t) => t.x)).toStrictEqual([
      x(Date.UTC(2021, 0, 1)),
      x(Date.UTC(2022, 0, 1)),
      x(Date.UTC(2023, 0, 1)),
      x(Date.UTC(2024, 0, 1)),
    ]);
    expect(ticks.map((t) => t.anchor)).toStrictEqual(['middle', 'middle', 'middle', 'middle']);
    expect(ticks.map((t) => t.key)).toStrictEqual([
      '2021-01-01T00:00:00.000Z',
      '2022-01-01T00:00:00.000Z',
      '2023-01-01T00:00:00.000Z',
      '2024-01-01T00:00:00.000Z',
    ]);
  });

  const NOV_25 = Date.UTC(2023, 10, 25);
  const DEC_15 = Date.UTC(2023, 11, 15);
  const DEC_8 = Date.UTC(2023, 11, 8);
  it.each([
    ['Sep 2020 – Mar 2024, 320: every other year', [...WHOLE, 320], ['2022', '2024']],
    ['Sep 2020 – Mar 2024, 50: a single tick', [...WHOLE, 50], ['2022']],
    [
      '25 Nov – 15 Dec 2023, 1000: every second day',
      [NOV_25, DEC_15, 1000],
      [
        'Sat 25',
        'Mon 27',
        'Wed 29',
        'December',
        'Dec 03',
        'Tue 05',
        'Thu 07',
        'Sat 09',
        'Mon 11',
        'Wed 13',
        'Fri 15',
      ],
    ],
    ['25 Nov – 15 Dec 2023, 320: weekly', [NOV_25, DEC_15, 320], ['Nov 26', 'Dec 03', 'Dec 10']],
    [
      '8 Dec 2023, one day, 1000: three-hourly',
      [DEC_8, DEC_8 + 86_400_000, 1000],
      ['Fri 08', '03 AM', '06 AM', '09 AM', '12 PM', '03 PM', '06 PM', '09 PM', 'Sat 09'],
    ],
  ] as const)('makeTicks(%s)', (_, [from, to, width], labels) => {
    expect(makeTicks(scale(from, to, width), width).map((t) => t.label)).toStrictEqual(labels);
  });

  it('makeTicks places ticks at their instants and anchors edge labels inwards', () => {
    expect(makeTicks(scale(...WHOLE, 320), 320).map((t) => Math.round(t.x))).toStrictEqual([
      122, 305,
    ]);
    const days = makeTicks(scale(NOV_25, DEC_15, 1000), 1000);
    expect(days.map((t) => Math.round(t.x))).toStrictEqual([
      0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000,
    ]);
    expect(days.map((t) => t.anchor)).toStrictEqual([
      'start',
      ...Array<string>(9).fill('middle'),
      'end',
    ]);
    const weeks = makeTicks(scale(NOV_25, DEC_15, 320), 320);
    expect(weeks.map((t) => Math.round(t.x))).toStrictEqual([16, 128, 240]);
    expect(weeks.map((t) => t.anchor)).toStrictEqual(['start', 'middle', 'middle']);
  });

  it('makeTicks: labels never overlap, for any domain and width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: 3_600_000, max: 60 * 365 * 86_400_000 }),
        fc.integer({ min: 40, max: 2400 }),
        (from, span, width) => {
          const ticks = makeTicks(scale(from, from + span, width), width);
          expectNoOverlap(ticks);
        },
      ),
      { numRuns: 300 },
    );
  });
});
