import { describe, expect, it } from 'vitest';
import type { FacetOption } from '../../domain/facets';
import { shortlist } from './facet-shortlist';
import { toggleValue } from './toggle-value';

const option = (value: string, label: string, count: number): FacetOption => ({
  value,
  label,
  count,
});

const OPTIONS = [
  option('azerbaijan', 'Held by Azerbaijan', 7),
  option('armenia', 'Held by Armenia', 1),
  option('азербайджан', 'Held by Азербайджан', 3),
  option('ադրբեջան', 'Held by Ադրբեջան', 2),
  option('x-ministry', 'Held by the Ministry', 0),
  option('unknown', 'Holder not given', 2),
  option('none', 'No detainees (statements)', 1),
];

const values = (list: { shown: readonly FacetOption[] }) => list.shown.map((o) => o.value);

describe('shortlist', () => {
  it('lists the largest counts up to the limit, in the facet order', () => {
    const list = shortlist(OPTIONS, null, '', 3);
    expect(values(list)).toStrictEqual(['azerbaijan', 'азербайджан', 'ադրբեջան']);
    expect(list.matching).toBe(7);
  });

  it('breaks count ties by the facet order', () => {
    expect(values(shortlist(OPTIONS, null, '', 4))).toStrictEqual([
      'azerbaijan',
      'азербайджан',
      'ադրբեջան',
      'unknown',
    ]);
  });

  it('finds options by label in any script, case and accents folded', () => {
    expect(values(shortlist(OPTIONS, null, 'ԱԴՐԲ', 3))).toStrictEqual(['ադրբեջան']);
    expect(values(shortlist(OPTIONS, null, 'азер', 3))).toStrictEqual(['азербайджан']);
    expect(values(shortlist(OPTIONS, null, ' mInistrý ', 3))).toStrictEqual(['x-ministry']);
    expect(shortlist(OPTIONS, null, 'zzz', 3)).toStrictEqual({ shown: [], matching: 0 });
  });

  it('always lists the ticked values of a short selection', () => {
    expect(values(shortlist(OPTIONS, ['x-ministry'], '', 3))).toStrictEqual([
      'azerbaijan',
      'азербайджан',
      'x-ministry',
    ]);
  });
});

describe('toggleValue', () => {
  const all = ['a', 'b', 'c'];
  it.each([
    [null, 'b', false, ['a', 'c']],
    [['a', 'c'], 'b', true, null],
    [[], 'c', true, ['c']],
    [['c'], 'c', false, []],
    [['c', 'a'], 'b', false, ['a', 'c']],
  ] as const)('toggleValue(%j, %j, %j) is %j', (selected, value, checked, next) => {
    expect(toggleValue(selected, all, value, checked)).toStrictEqual(next);
  });

  it('unticks one of 20,000 values, keeping the rest in order', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `h-${i}`);
    const next = toggleValue(null, many, 'h-5', false);
    expect(next).toHaveLength(19_999);
    expect(next?.slice(4, 6)).toStrictEqual(['h-4', 'h-6']);
  });
});
