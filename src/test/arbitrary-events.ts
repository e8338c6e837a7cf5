import fc from 'fast-check';
import { parseEdtfWindow } from '../domain/edtf-window';
import { EVENT_KINDS, QUALIFIERS } from '../domain/kinds';
import type { People, TimelineEvent } from '../domain/types';

const DAY = 86_400_000;
export const ARBITRARY_START = Date.UTC(2020, 8, 1);
const LAST_DAY = 1200;
const LONGEST_INTERVAL = 400;
/** The first instant after every window these events can have (open ends aside). */
export const ARBITRARY_END = ARBITRARY_START + (LAST_DAY + LONGEST_INTERVAL + 1) * DAY;

function isoDay(offset: number): string {
  return new Date(ARBITRARY_START + offset * DAY).toISOString().slice(0, 10);
}

/** Every date shape the data uses: days, months, `?`, open starts and ends, closed intervals. */
export const dateArb: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: LAST_DAY }).map(isoDay),
  fc.integer({ min: 0, max: LAST_DAY }).map((d) => isoDay(d).slice(0, 7)),
  fc.integer({ min: 0, max: LAST_DAY }).map((d) => `${isoDay(d).slice(0, 7)}?`),
  fc.integer({ min: 0, max: LAST_DAY }).map((d) => `${isoDay(d)}~`),
  fc.integer({ min: 0, max: LAST_DAY }).map((d) => `../${isoDay(d)}`),
  fc.integer({ min: 0, max: LAST_DAY }).map((d) => `${isoDay(d)}/..`),
  fc
    .tuple(fc.integer({ min: 0, max: LAST_DAY }), fc.integer({ min: 1, max: LONGEST_INTERVAL }))
    .map(([d, n]) => `${isoDay(d)}/${isoDay(d + n)}`),
);

export const ATTRIBUTION_IDS = ['joint-statement', 'apa', 'rights-activists', 'outlet'] as const;
export const HOLDERS = ['Azerbaijan', 'Armenia', 'unknown', 'Azerbaïjan'] as const;

const peopleArb: fc.Arbitrary<People | null> = fc.option(
  fc.record({
    value: fc.option(fc.integer({ min: 0, max: 64 })),
    qualifier: fc.constantFrom(...QUALIFIERS),
    min: fc.constant(null),
    max: fc.constant(null),
    heldBy: fc.constantFrom(...HOLDERS),
    nationality: fc.constant('Armenian'),
  }),
);

const WORDS = ['Hadrut', 'released', 'border', 'Baku', 'sentenced', 'reservists', 'Élise'];

const wordTitleArb = fc.constantFrom(...WORDS).map((w) => `Event near ${w}`);

/**
 * Valid, normalised events with every field filters and facets read varied; ids unique. Titles
 * name a searchable word unless `titles` says otherwise (layout tests want any text).
 */
export const eventsArb = (
  maxLength: number,
  titles: fc.Arbitrary<string> = wordTitleArb,
): fc.Arbitrary<TimelineEvent[]> =>
  fc
    .array(
      fc.record({
        kind: fc.constantFrom(...EVENT_KINDS),
        date: dateArb,
        title: titles,
        people: peopleArb,
        attributions: fc.array(fc.constantFrom(...ATTRIBUTION_IDS), { minLength: 1, maxLength: 3 }),
      }),
      { maxLength },
    )
    .map((specs) =>
      specs.map((spec, i): TimelineEvent => {
        const window = parseEdtfWindow(spec.date);
        if (typeof window === 'string') throw new Error(window);
        return {
          id: `e-${i}`,
          kind: spec.kind,
          window,
          title: spec.title,
          summary: 'A summary.',
          people: spec.people,
          sentenceLength: null,
          place: null,
          claims: spec.attributions.map((id) => ({
            id: null,
            sourceId: 'article',
            attributionId: id,
            attributionLabel: id,
            quote: { exact: 'quoted', prefix: null, suffix: null, start: 0, end: 6 },
            people: null,
            window: null,
          })),
          notes: [],
          sourceCount: 1,
          dispute: null,
          cohortIds: [],
          key: false,
        };
      }),
    );

export const SOURCE_IDS = ['article', 'courier', 'harbor-watch'] as const;
export const COHORT_IDS = ['korven-pass-20', 'hadrut-64', 'none-of-these'] as const;

/** What format 2 adds per event: the sources its claims cite, a dispute, its cohorts. */
const multiSourceArb = fc.record({
  sources: fc.array(fc.constantFrom(...SOURCE_IDS), { minLength: 3, maxLength: 3 }),
  disputed: fc.boolean(),
  cohortIds: fc.subarray([...COHORT_IDS]),
});

/**
 * eventsArb with the format 2 fields filters read varied as well: each claim cites one of
 * SOURCE_IDS, some events are disputed, and each belongs to any of COHORT_IDS (or none).
 */
export const multiSourceEventsArb = (maxLength: number): fc.Arbitrary<TimelineEvent[]> =>
  eventsArb(maxLength).chain((events) =>
    fc.array(multiSourceArb, { minLength: events.length, maxLength: events.length }).map((extras) =>
      events.map((event, i): TimelineEvent => {
        const extra = extras[i];
        if (extra === undefined) return event;
        const claims = event.claims.map((claim, c) => ({
          ...claim,
          sourceId: extra.sources[c % extra.sources.length] ?? claim.sourceId,
        }));
        return {
          ...event,
          claims,
          sourceCount: new Set(claims.map((claim) => claim.sourceId)).size,
          dispute: extra.disputed
            ? { count: { low: 12, high: 14, openHigh: false }, date: false }
            : null,
          cohortIds: extra.cohortIds,
        };
      }),
    ),
  );
