import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import articleText from '../../data/article.txt?raw';
import timelineText from '../../data/timeline.json?raw';
import { parseDataset } from '../data/parse-dataset';
import { ARBITRARY_START, ATTRIBUTION_IDS, eventsArb } from '../test/arbitrary-events';
import { naiveFacetCount } from '../test/naive-facet-count';
import { columnsOf } from './event-columns';
import { applyFilters, buildFacets } from './facets';
import { filterEvents, foldText, NO_FILTERS, passesFilters } from './filter-events';
import type { Filters } from './filter-events';
import { EVENT_KINDS } from './kinds';
import { sideOf } from './side';
import type { TimelineEvent } from './types';

const outcome = parseDataset(JSON.parse(timelineText), articleText);
if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
const real = outcome.dataset.events;
const DAY = 86_400_000;

const subset = <T>(values: readonly T[]) => fc.option(fc.subarray([...values]), { nil: null });
const filtersArb: fc.Arbitrary<Filters> = fc.record({
  kinds: subset(EVENT_KINDS).map((v) => v && new Set(v)),
  sides: subset(['azerbaijan', 'armenia', 'unknown', 'none']).map((v) => v && new Set(v)),
  attributions: subset(ATTRIBUTION_IDS).map((v) => v && new Set(v)),
  query: fc.constantFrom('', '  ', 'hadrut', 'ELISE', 'released', 'zzz'),
  range: fc.option(
    fc
      .tuple(fc.integer({ min: -30, max: 1300 }), fc.integer({ min: 1, max: 600 }))
      .map(([d, n]): [number, number] => [
        ARBITRARY_START + d * DAY,
        ARBITRARY_START + (d + n) * DAY,
      ]),
    { nil: null },
  ),
  includeUncertain: fc.boolean(),
});

const ATTRIBUTIONS = ATTRIBUTION_IDS.map((id) => ({ id, label: id }));
/** The visible events as the app computes them: one scan over the cached columns. */
const fastFilter = (events: readonly TimelineEvent[], filters: Filters) =>
  applyFilters(events, ATTRIBUTIONS, filters).visible;

describe('filterEvents, and the one-scan filter over the cached columns', () => {
  it('filterEvents(real events, releases only) keeps the three releases in time order (then by id)', () => {
    const visible = filterEvents(real, { ...NO_FILTERS, kinds: new Set(['release']) });
    expect(visible.map((e) => e.id)).toStrictEqual([
      'release-some-reservists',
      'release-2-azerbaijani-servicemen',
      'release-32-armenian-servicemen',
    ]);
  });

  it('filterEvents(real events, no uncertain dates) keeps the two one-day counts', () => {
    const visible = filterEvents(real, { ...NO_FILTERS, includeUncertain: false });
    expect(visible.map((e) => e.id)).toStrictEqual([
      'held-armenians-55-rights-activists',
      'held-reservists-26',
    ]);
  });

  it('the one-scan filter is exactly events.filter(passesFilters), for any events and filters', () => {
    fc.assert(
      fc.property(eventsArb(60), filtersArb, (events, filters) => {
        expect(fastFilter(events, filters)).toStrictEqual(
          events.filter((e) => passesFilters(e, filters)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('the one-scan filter agrees with passesFilters when the range ends exactly on event edges', () => {
    fc.assert(
      fc.property(eventsArb(30), fc.nat(), fc.nat(), fc.boolean(), (events, a, b, swap) => {
        const edges = events.flatMap((e) => [e.window.start?.at, e.window.end?.at]);
        const finite = edges.filter((at): at is number => at !== undefined);
        const from = finite[a % Math.max(1, finite.length)] ?? 0;
        const to = finite[b % Math.max(1, finite.length)] ?? 0;
        const range: [number, number] = swap ? [to, from] : [from, to];
        const filters: Filters = { ...NO_FILTERS, range };
        expect(fastFilter(events, filters)).toStrictEqual(
          events.filter((e) => passesFilters(e, filters)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("a filtered view's gathered columns equal columns built from its events", () => {
    fc.assert(
      fc.property(eventsArb(40), filtersArb, (events, filters) => {
        const visible = fastFilter(events, filters);
        const gathered = columnsOf(visible);
        const built = columnsOf([...visible]);
        for (const key of ['kind', 'start', 'end', 'anchor', 'precise'] as const) {
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
      }),
      { numRuns: 100 },
    );
  });

  it('buildFacets counts what ticking each option would show, for any events and filters', () => {
    const attributions = ATTRIBUTIONS;
    fc.assert(
      fc.property(eventsArb(60), filtersArb, (events, filters) => {
        const facets = buildFacets(events, attributions, filters);
        for (const o of facets.kinds)
          expect(o.count).toBe(naiveFacetCount(events, 'kinds', o.value, filters));
        for (const o of facets.sides)
          expect(o.count).toBe(naiveFacetCount(events, 'sides', o.value, filters));
        for (const o of facets.attributions)
          expect(o.count).toBe(naiveFacetCount(events, 'attributions', o.value, filters));
        // Every value some event has is offered, and nothing else.
        expect(facets.sides.map((o) => o.value).sort()).toStrictEqual(
          [...new Set(events.map(sideOf))].sort(),
        );
        expect(facets.kinds.map((o) => o.value)).toStrictEqual(
          EVENT_KINDS.filter((k) => events.some((e) => e.kind === k)),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('applyFilters', () => {
  it('applyFilters is filterEvents and buildFacets in one scan, for any events and filters', () => {
    const attributions = ATTRIBUTIONS;
    fc.assert(
      fc.property(eventsArb(60), filtersArb, (events, filters) => {
        const both = applyFilters(events, attributions, filters);
        expect(both.visible).toStrictEqual(filterEvents(events, filters));
        expect(both.facets).toStrictEqual(buildFacets(events, attributions, filters));
      }),
      { numRuns: 300 },
    );
  });
});

describe('foldText', () => {
  const slowFold = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/\s+/g, ' ')
      .toLowerCase();

  it('foldText takes its ASCII shortcut without changing any result', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (text) => {
          expect(foldText(text)).toBe(slowFold(text));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("foldText('  Élise\\u00a0in\\tHADRUT ') is ' elise in hadrut '", () => {
    expect(foldText('  Élise\u00a0in\tHADRUT ')).toBe(' elise in hadrut ');
  });
});
