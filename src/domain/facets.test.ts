import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import articleText from '../../data/article.txt?raw';
import timelineText from '../../data/timeline.json?raw';
import { parseDataset } from '../data/parse-dataset';
import { buildFacets } from './facets';
import { naiveFacetCount } from '../test/naive-facet-count';
import { NO_FILTERS } from './filter-events';
import type { Filters } from './filter-events';
import { EVENT_KINDS } from './kinds';

const outcome = parseDataset(JSON.parse(timelineText), articleText);
if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
const { events, attributions } = outcome.dataset;

describe('buildFacets', () => {
  it('buildFacets(real events, no filters) counts each option exactly', () => {
    const facets = buildFacets(events, attributions, NO_FILTERS);
    expect(facets.kinds.map((o) => [o.value, o.count])).toStrictEqual([
      ['capture', 3],
      ['sentence', 2],
      ['release', 3],
      ['status', 2],
      ['statement', 1],
    ]);
    expect(facets.sides.map((o) => [o.label, o.count])).toStrictEqual([
      ['Held by Armenia', 1],
      ['Held by Azerbaijan', 7],
      ['Holder not given', 2],
      ['No detainees (statements)', 1],
    ]);
    expect(facets.attributions.map((o) => [o.value, o.count])).toStrictEqual([
      ['joint-statement', 3],
      ['apa', 1],
      ['rights-activists', 1],
      ['outlet', 8],
    ]);
  });

  it('buildFacets counts what ticking each option would show, for any filters (one pass = definition)', () => {
    const subset = <T>(values: readonly T[]) => fc.option(fc.subarray([...values]), { nil: null });
    fc.assert(
      fc.property(
        subset(EVENT_KINDS),
        subset(['azerbaijan', 'armenia', 'unknown', 'none']),
        subset(attributions.map((a) => a.id)),
        fc.constantFrom('', 'hadrut', 'released', 'zzz'),
        fc.boolean(),
        (kinds, sides, sources, query, includeUncertain) => {
          const filters: Filters = {
            kinds: kinds && new Set(kinds),
            sides: sides && new Set(sides),
            attributions: sources && new Set(sources),
            query,
            range: null,
            includeUncertain,
          };
          const facets = buildFacets(events, attributions, filters);
          for (const o of facets.kinds)
            expect(o.count).toBe(naiveFacetCount(events, 'kinds', o.value, filters));
          for (const o of facets.sides)
            expect(o.count).toBe(naiveFacetCount(events, 'sides', o.value, filters));
          for (const o of facets.attributions)
            expect(o.count).toBe(naiveFacetCount(events, 'attributions', o.value, filters));
        },
      ),
      { numRuns: 200 },
    );
  });
});
