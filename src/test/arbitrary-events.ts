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
        };
      }),
    );
