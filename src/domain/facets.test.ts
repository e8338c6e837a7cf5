import { describe, expect, it } from 'vitest';
import articleText from '../../data/article.txt?raw';
import timelineText from '../../data/timeline.json?raw';
import { parseDataset } from '../data/parse-dataset';
import fc from 'fast-check';
import {
  ATTRIBUTION_IDS,
  COHORT_IDS,
  multiSourceEventsArb,
  SOURCE_IDS,
} from '../test/arbitrary-events';
import { filterValuesArb, NO_FILTER_VALUES } from '../test/filter-values-arb';
import { oracleFacetCounts, oracleFilter } from '../test/oracles/filter-oracle';
import { columnsOf } from './event-columns';
import type { ListColumn } from './event-columns';
import { applyFilters } from './facets';
import type { FilterValues } from './filters/registry';
import { EVENT_KINDS } from './kinds';
import type { TimelineEvent } from './types';

const outcome = parseDataset(JSON.parse(timelineText), articleText);
if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
const { events } = outcome.dataset;
const labels = outcome.dataset;

const facetsOf = (list: readonly TimelineEvent[], values: FilterValues) =>
  applyFilters(list, labels, values).facets;

describe('applyFilters on the real events', () => {
  it('releases only: the three releases in time order (then by id)', () => {
    const { visible } = applyFilters(events, labels, {
      ...NO_FILTER_VALUES,
      kinds: ['release'],
    });
    expect(visible.map((e) => e.id)).toStrictEqual([
      'release-some-reservists',
      'release-2-azerbaijani-servicemen',
      'release-32-armenian-servicemen',
    ]);
  });

  it('no uncertain dates: the two one-day counts', () => {
    const { visible } = applyFilters(events, labels, {
      ...NO_FILTER_VALUES,
      uncertain: false,
    });
    expect(visible.map((e) => e.id)).toStrictEqual([
      'held-armenians-55-rights-activists',
      'held-reservists-26',
    ]);
  });

  it('no filters: each option counted exactly', () => {
    const facets = facetsOf(events, NO_FILTER_VALUES);
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
    expect(facets.sources.map((o) => [o.value, o.count])).toStrictEqual([
      ['joint-statement', 3],
      ['apa', 1],
      ['rights-activists', 1],
      ['outlet', 8],
    ]);
  });
});

describe('applyFilters, the custody facet', () => {
  /** Real events with their holders rewritten; statements keep no people. */
  function withHolders(holders: readonly string[]): TimelineEvent[] {
    let next = 0;
    return events.map((event) =>
      event.people === null
        ? event
        : { ...event, people: { ...event.people, heldBy: holders[next++ % holders.length] ?? '' } },
    );
  }

  it('files Armenian and Cyrillic holders under their own names, and "None" as not given', () => {
    const rewritten = withHolders(['Азербайджан', 'Ադրբեջան', 'None', 'АЗЕРБАЙДЖАН', 'Azerbaijan']);
    const facets = facetsOf(rewritten, NO_FILTER_VALUES);
    expect(facets.sides.map((o) => [o.value, o.label, o.count])).toStrictEqual([
      ['azerbaijan', 'Held by Azerbaijan', 2],
      ['азербайджан', 'Held by АЗЕРБАЙДЖАН', 4],
      ['ադրբեջան', 'Held by Ադրբեջան', 2],
      ['unknown', 'Holder not given', 2],
      ['none', 'No detainees (statements)', 1],
    ]);
  });
});

const LABELS = {
  attributions: ATTRIBUTION_IDS.map((id) => ({ id, label: id })),
  sources: SOURCE_IDS.map((id) => ({ id, publisher: id, title: id })),
  cohorts: COHORT_IDS.map((id) => ({ id, label: id })),
};

describe('applyFilters against the plain oracle', () => {
  it('keeps exactly the events the oracle keeps, in order, for any events and filters', () => {
    fc.assert(
      fc.property(multiSourceEventsArb(60), filterValuesArb, (list, values) => {
        const { visible } = applyFilters(list, LABELS, values);
        expect(visible).toStrictEqual(oracleFilter(list, values));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the oracle when the window ends exactly on event edges', () => {
    fc.assert(
      fc.property(
        multiSourceEventsArb(30),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (list, a, b, swap) => {
          const edges = list.flatMap((e) => [e.window.start?.at, e.window.end?.at]);
          const finite = edges.filter((at): at is number => at !== undefined);
          const from = finite[a % Math.max(1, finite.length)] ?? 0;
          const to = finite[b % Math.max(1, finite.length)] ?? 0;
          const values: FilterValues = {
            ...NO_FILTER_VALUES,
            range: swap ? [to, from] : [from, to],
          };
          expect(applyFilters(list, LABELS, values).visible).toStrictEqual(
            oracleFilter(list, values),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('offers every value some event has, counted as the oracle counts what ticking it shows', () => {
    fc.assert(
      fc.property(multiSourceEventsArb(60), filterValuesArb, (list, values) => {
        const { facets } = applyFilters(list, LABELS, values);
        const counted = (options: readonly { value: string; count: number }[]) =>
          Object.fromEntries(options.map((o) => [o.value, o.count]));
        const expected = oracleFacetCounts(list, values);
        expect(counted(facets.kinds)).toStrictEqual(expected.kinds);
        expect(counted(facets.sides)).toStrictEqual(expected.sides);
        expect(counted(facets.sources)).toStrictEqual(expected.sources);
        expect(counted(facets.citedSources)).toStrictEqual(expected.citedSources);
        expect(counted(facets.cohorts)).toStrictEqual(expected.cohorts);
        expect(facets.kinds.map((o) => o.value)).toStrictEqual(
          EVENT_KINDS.filter((k) => list.some((e) => e.kind === k)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("a filtered view's gathered columns equal columns built from its events", () => {
    fc.assert(
      fc.property(multiSourceEventsArb(40), filterValuesArb, (list, values) => {
        const visible = applyFilters(list, LABELS, values).visible;
        const gathered = columnsOf(visible);
        const built = columnsOf([...visible]);
        for (const key of ['kind', 'start', 'end', 'anchor', 'precise', 'disputed'] as const) {
          expect(Array.from(gathered[key])).toStrictEqual(Array.from(built[key]));
        }
        expect(gathered.byKind.map((lane) => Array.from(lane))).toStrictEqual(
          built.byKind.map((lane) => Array.from(lane)),
        );
        // Side and attribution indices point into different lists; compare what they name.
        const sides = (c: typeof built) => Array.from(c.side, (s) => c.sides[s]);
        expect(sides(gathered)).toStrictEqual(sides(built));
        const attrs = (c: typeof built) =>
          Array.from({ length: c.size }, (_, i) =>
            Array.from(
              c.attr.subarray(c.attrStart[i], c.attrStart[i + 1]),
              (a) => c.attributionIds[a],
            ),
          );
        expect(attrs(gathered)).toStrictEqual(attrs(built));
        const named = (list: ListColumn) =>
          Array.from({ length: list.starts.length - 1 }, (_, i) =>
            Array.from(list.ids.subarray(list.starts[i], list.starts[i + 1]), (a) => list.names[a]),
          );
        expect(named(gathered.cited)).toStrictEqual(named(built.cited));
        expect(named(gathered.cohort)).toStrictEqual(named(built.cohort));
      }),
      { numRuns: 100 },
    );
  });
});
