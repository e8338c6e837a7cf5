import fc from 'fast-check';
import { parseEdtfWindow } from '../domain/edtf-window';
import { EVENT_KINDS, QUALIFIERS } from '../domain/kinds';
import type { People, TimelineEvent } from '../domain/types';

const DAY = 86_400_000;
export const ARBITRARY_START = Date.UTC(2020, 8, 1);
const LAST_DAY = 1200;

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
    .tuple(fc.integer({ min: 0, max: LAST_DAY }), fc.integer({ min: 1, max: 400 }))
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

/** Valid, normalised events with every field filters and facets read varied; ids unique. */
export const eventsArb = (maxLength: number): fc.Arbitrary<TimelineEvent[]> =>
  fc
    .array(
      fc.record({
        kind: fc.constantFrom(...EVENT_KINDS),
        date: dateArb,
        title: fc.constantFrom(...WORDS).map((w) => `Event near ${w}`),
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
          quotes: spec.attributions.map((id) => ({
            text: 'quoted',
            start: 0,
            end: 6,
            attributionId: id,
            attributionLabel: id,
          })),
          notes: [],
        };
      }),
    );
