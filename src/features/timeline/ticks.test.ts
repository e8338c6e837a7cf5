import { scaleUtc } from 'd3-scale';
import type { ScaleTime } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TICK_CHAR_WIDTH, TICK_GAP, makeTicks } from './ticks';
import type { Tick } from './ticks';

function scale(from: number, to: number, width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(from), new Date(to)])
    .range([0, width]);
}

const WHOLE = [Date.UTC(2020, 8, 1), Date.UTC(2024, 2, 1)] as const;

/** The label's horizontal box, as the axis draws it. */
function box(tick: Tick): [number, number] {
  const w = tick.label.length * TICK_CHAR_WIDTH;
  if (tick.anchor === 'start') return [tick.x, tick.x + w];
  if (tick.anchor === 'end') return [tick.x - w, tick.x];
  return [tick.x - w / 2, tick.x + w / 2];
}

function expectNoOverlap(ticks: readonly Tick[]): void {
  for (let i = 1; i < ticks.length; i += 1) {
    const prev = ticks[i - 1];
    const tick = ticks[i];
    if (!prev || !tick) continue;
    expect(box(tick)[0]).toBeGreaterThanOrEqual(box(prev)[1] + TICK_GAP);
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

  it('makeTicks(Sep 2020 – Mar 2024, 320) thins to every other year', () => {
    const ticks = makeTicks(scale(...WHOLE, 320), 320);
    expect(ticks.map((t) => t.label)).toStrictEqual(['2022', '2024']);
    expect(ticks.map((t) => Math.round(t.x))).toStrictEqual([122, 305]);
  });

  it('makeTicks(Sep 2020 – Mar 2024, 50) keeps a single tick', () => {
    const ticks = makeTicks(scale(...WHOLE, 50), 50);
    expect(ticks.map((t) => t.label)).toStrictEqual(['2022']);
  });

  it('makeTicks(25 Nov – 15 Dec 2023, 1000) gives a tick every second day', () => {
    const ticks = makeTicks(scale(Date.UTC(2023, 10, 25), Date.UTC(2023, 11, 15), 1000), 1000);
    expect(ticks.map((t) => t.label)).toStrictEqual([
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
    ]);
    expect(ticks.map((t) => Math.round(t.x))).toStrictEqual([
      0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000,
    ]);
    // Labels at the plot edges are anchored inwards.
    expect(ticks[0]?.anchor).toBe('start');
    expect(ticks.at(-1)?.anchor).toBe('end');
    expect(ticks.slice(1, -1).every((t) => t.anchor === 'middle')).toBe(true);
  });

  it('makeTicks(25 Nov – 15 Dec 2023, 320) gives weekly ticks', () => {
    const ticks = makeTicks(scale(Date.UTC(2023, 10, 25), Date.UTC(2023, 11, 15), 320), 320);
    expect(ticks.map((t) => t.label)).toStrictEqual(['Nov 26', 'Dec 03', 'Dec 10']);
    expect(ticks.map((t) => Math.round(t.x))).toStrictEqual([16, 128, 240]);
    expect(ticks.map((t) => t.anchor)).toStrictEqual(['start', 'middle', 'middle']);
  });

  it('makeTicks(8 Dec 2023, one day, 1000) gives three-hourly ticks', () => {
    const ticks = makeTicks(scale(Date.UTC(2023, 11, 8), Date.UTC(2023, 11, 9), 1000), 1000);
    expect(ticks.map((t) => t.label)).toStrictEqual([
      'Fri 08',
      '03 AM',
      '06 AM',
      '09 AM',
      '12 PM',
      '03 PM',
      '06 PM',
      '09 PM',
      'Sat 09',
    ]);
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
