import { describe, expect, it } from 'vitest';
import { checkGoals, fastest, ratioText } from './goals';
import type { Figure, GoalSize } from './goals';

const exact = (value: number): Figure => ({ value, atLeast: false });
const atLeast = (value: number): Figure => ({ value, atLeast: true });

const size = (over: Partial<GoalSize> & Pick<GoalSize, 'label' | 'events'>): GoalSize => ({
  real: false,
  settled: {},
  ready: {},
  zoomP50: null,
  heapMB: null,
  jsGzip: null,
  ...over,
});

describe('ratioText', () => {
  it('divides, and marks a bound', () => {
    expect(ratioText(exact(300), exact(200))).toBe('1.50×');
    expect(ratioText(exact(3000), atLeast(30_000))).toBe('≤0.10×');
    expect(ratioText(atLeast(90_000), exact(1000))).toBe('≥90.00×');
    expect(ratioText(atLeast(1), atLeast(1))).toBe('?');
    expect(ratioText(null, exact(1))).toBe('–');
  });
});

describe('fastest', () => {
  it('is the smaller exact figure', () => {
    expect(fastest([exact(4500), exact(2100)])).toEqual(exact(2100));
  });
  it('is exact when an exact figure is below every bound', () => {
    expect(fastest([atLeast(30_000), exact(7800)])).toEqual(exact(7800));
  });
  it('stays a bound when a bound is below the exact figures', () => {
    expect(fastest([atLeast(3000), exact(7800)])).toEqual(atLeast(3000));
  });
  it('is null when nothing was measured', () => {
    expect(fastest([null, null])).toBeNull();
  });
});

describe('checkGoals', () => {
  const sizes: GoalSize[] = [
    size({
      label: 'real 11',
      events: 11,
      real: true,
      settled: { app: exact(300), floor: exact(210) },
      jsGzip: 101 * 1024,
    }),
    size({ label: '15', events: 15, settled: { app: exact(316), floor: exact(210) } }),
    size({
      label: '1,000',
      events: 1000,
      settled: { app: exact(590), floor: exact(296), timelinejs: exact(4499), vis: exact(2108) },
    }),
    size({
      label: '10,000',
      events: 10_000,
      settled: {
        app: exact(1900),
        floor: exact(1120),
        timelinejs: atLeast(30_000),
        vis: exact(7863),
      },
      zoomP50: exact(22.5),
      jsGzip: 129 * 1024,
    }),
  ];

  it('checks each target on its size, in the issue order, with exact verdicts', () => {
    expect(checkGoals(sizes)).toEqual([
      {
        size: '15',
        goal: 'settled ≤ 1.5× floor',
        figure: '316 ms vs floor 210 ms (1.50×)',
        verdict: 'MISSED',
      },
      {
        size: 'real 11',
        goal: 'settled ≤ 1.5× floor',
        figure: '300 ms vs floor 210 ms (1.43×)',
        verdict: 'met',
      },
      {
        size: '1,000',
        goal: 'settled ≤ 2× floor',
        figure: '590 ms vs floor 296 ms (1.99×)',
        verdict: 'met',
      },
      {
        size: '1,000',
        goal: 'settled ≤ 0.5× faster peer',
        figure: '590 ms vs faster peer 2,108 ms (0.28×)',
        verdict: 'met',
      },
      {
        size: '10,000',
        goal: 'settled ≤ 0.25× vis-timeline',
        figure: '1,900 ms vs vis 7,863 ms (0.24×)',
        verdict: 'met',
      },
      { size: '10,000', goal: 'zoom step (p50) ≤ 33 ms', figure: '22.5 ms', verdict: 'met' },
      { size: '100,000', goal: 'data-ready ≤ 1.5× floor', figure: '–', verdict: 'not measured' },
      { size: '100,000', goal: 'heap ≤ 300 MB', figure: '–', verdict: 'not measured' },
      { size: 'real 11', goal: 'JS loaded ≤ 100 KB gzip', figure: '101.0 KB', verdict: 'MISSED' },
      { size: '10,000', goal: 'JS loaded ≤ 130 KB gzip', figure: '129.0 KB', verdict: 'met' },
    ]);
  });

  it('keeps the order of the targets when a size was not measured', () => {
    const rows = checkGoals([size({ label: 'real 11', events: 11, real: true })]);
    expect(rows.slice(0, 2).map((r) => [r.size, r.verdict])).toEqual([
      ['15', 'not measured'],
      ['real 11', 'not measured'],
    ]);
  });

  it('counts a figure exactly at its limit as met', () => {
    const rows = checkGoals([
      size({ label: '15', events: 15, settled: { app: exact(315), floor: exact(210) } }),
    ]);
    expect(rows[0]).toEqual({
      size: '15',
      goal: 'settled ≤ 1.5× floor',
      figure: '315 ms vs floor 210 ms (1.50×)',
      verdict: 'met',
    });
  });

  it('leaves a check undecided when a timeout bound cannot settle it', () => {
    const rows = checkGoals([
      size({
        label: '10,000',
        events: 10_000,
        settled: { app: exact(9000), vis: atLeast(30_000) },
      }),
    ]);
    expect(rows.find((r) => r.goal.startsWith('settled ≤ 0.25×'))).toEqual({
      size: '10,000',
      goal: 'settled ≤ 0.25× vis-timeline',
      figure: '9,000 ms vs vis ≥30,000 ms (≤0.30×)',
      verdict: 'undecided',
    });
  });

  it('calls a check on a timed-out app MISSED once its bound is over the limit', () => {
    const rows = checkGoals([
      size({
        label: '100,000',
        events: 100_000,
        ready: { app: atLeast(90_000), floor: exact(4000) },
        heapMB: exact(412.4),
      }),
    ]);
    expect(rows.filter((r) => r.size === '100,000')).toEqual([
      {
        size: '100,000',
        goal: 'data-ready ≤ 1.5× floor',
        figure: '≥90,000 ms vs floor 4,000 ms (≥22.50×)',
        verdict: 'MISSED',
      },
      { size: '100,000', goal: 'heap ≤ 300 MB', figure: '412.4 MB', verdict: 'MISSED' },
    ]);
  });
});
