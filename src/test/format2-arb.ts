import fc from 'fast-check';
import type {
  RawClaim,
  RawCohort,
  RawDataset2,
  RawEvent2,
  RawSource2,
} from '../data/format2-schema';
import { EVENT_KINDS, NUMBERED_QUALIFIERS, QUALIFIERS, SOURCE_TYPES } from '../domain/kinds';
import { dateArb } from './arbitrary-events';

/**
 * Format 2 datasets as the spreadsheet importer writes them, with the texts their quotes come
 * from: every quote found once in its source's text (so it carries offsets and no prefix or
 * suffix), each event's first claim saying what the event says, a later claim carrying only
 * the count it gives differently. Anything in that form must survive the sheets unchanged.
 */

/** Each word of a text is unique and of one width, so a run of words is found only once. */
const WORDS = 40;
const word = (letter: string, i: number) => `${letter}${String(i).padStart(2, '0')}`;

interface SourceSpec {
  readonly id: string;
  readonly file: string;
  readonly letter: string;
}

const SOURCES: readonly SourceSpec[] = [
  { id: 'gazette', file: 'gazette.txt', letter: 'g' },
  { id: 'radio-vell', file: 'radio-vell.txt', letter: '𝔸' },
];

/** A text of unique words; some separators are a no-break space or a line end, as pasted. */
function textOf(letter: string, separators: readonly string[]): string {
  return Array.from({ length: WORDS }, (_, i) => word(letter, i)).reduce(
    (text, w, i) => (i === 0 ? w : `${text}${separators[i % separators.length] ?? ' '}${w}`),
    '',
  );
}

const ATTRIBUTIONS = [
  { id: 'gazette-desk', label: 'The Gazette’s own reporting', description: 'Unattributed.' },
  { id: 'ministry', label: 'The ministry of Vell' },
];

/** What a count may be: a number only with a numbered qualifier, bounds around it. */
const countArb = fc
  .record({
    qualifier: fc.constantFrom(...QUALIFIERS),
    value: fc.integer({ min: 0, max: 300 }),
    below: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    above: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  })
  .map(({ qualifier, value, below, above }) => ({
    count: NUMBERED_QUALIFIERS.includes(qualifier) ? value : null,
    qualifier,
    ...(below !== undefined ? { min: Math.max(0, value - below) } : {}),
    ...(above !== undefined ? { max: value + above } : {}),
  }));

const quoteSpanArb = fc.record({
  source: fc.nat({ max: SOURCES.length - 1 }),
  start: fc.nat({ max: WORDS - 1 }),
  length: fc.integer({ min: 1, max: 6 }),
  attribution: fc.constantFrom(...ATTRIBUTIONS.map((a) => a.id)),
  /** A later claim's own count, as an offset from the event's (0: none of its own). */
  ownCount: fc.integer({ min: 0, max: 3 }),
  ownQualifier: fc.constantFrom(...NUMBERED_QUALIFIERS),
  ownAbove: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
});

const TEXT = fc.constantFrom(
  'Ferry crew detained',
  'Crew “released”, the ministry says',
  'Քաղաքացիներ 😀',
  'A, b; c',
);

const eventArb = fc.record({
  kind: fc.constantFrom(...EVENT_KINDS),
  date: dateArb,
  title: TEXT,
  people: countArb,
  holder: fc.constantFrom('Vell', 'Aldous', 'unknown'),
  sentence: fc.option(countArb, { nil: undefined }),
  place: fc.option(fc.constantFrom('Port Aldous', 'Vell, the harbour'), { nil: undefined }),
  claims: fc.array(quoteSpanArb, { minLength: 1, maxLength: 3 }),
  notes: fc.option(fc.array(TEXT, { minLength: 1, maxLength: 2 }), { nil: undefined }),
  key: fc.boolean(),
});

export interface GeneratedDataset {
  readonly dataset: RawDataset2;
  /** Source texts by file name. */
  readonly texts: ReadonlyMap<string, string>;
}

export const format2Arb: fc.Arbitrary<GeneratedDataset> = fc
  .record({
    separators: fc.array(fc.constantFrom(' ', ' ', '\u00A0', '\n'), {
      minLength: 1,
      maxLength: 4,
    }),
    types: fc.tuple(fc.constantFrom(...SOURCE_TYPES), fc.constantFrom(...SOURCE_TYPES)),
    events: fc.array(eventArb, { minLength: 1, maxLength: 6 }),
    headline: fc.option(TEXT, { nil: undefined }),
    cohort: fc.option(
      fc.record({
        label: TEXT,
        people: fc.option(countArb, { nil: undefined }),
        linked: fc.boolean(),
        key: fc.boolean(),
        notes: fc.option(fc.array(TEXT, { minLength: 1, maxLength: 2 }), { nil: undefined }),
      }),
      { nil: undefined },
    ),
  })
  .map(({ separators, types, events, cohort, headline }): GeneratedDataset => {
    const texts = new Map(SOURCES.map((s) => [s.file, textOf(s.letter, separators)]));
    const sources: RawSource2[] = SOURCES.map((s, i) => ({
      id: s.id,
      title: `Source ${i + 1}`,
      publisher: i === 0 ? 'The Harbour Gazette' : 'Radio Vell',
      published: '2031-05-20',
      ...(i === 0 ? { url: 'https://gazette.example/crew', language: 'en' } : {}),
      type: types[i] ?? 'news',
      text: s.file,
    }));
    const rawEvents = events.map((e, i): RawEvent2 => {
      const id = `event-${i}`;
      const people = { ...e.people, held_by: e.holder, nationality: 'Aldousian' };
      const claims = e.claims.map((c, n): RawClaim => {
        const source = SOURCES[c.source] ?? SOURCES[0];
        const text = texts.get(source?.file ?? '') ?? '';
        const end = Math.min(WORDS, c.start + c.length);
        // The words as the text has them (a no-break space, a line end), and where they stand.
        const from = text.indexOf(word(source?.letter ?? 'g', c.start));
        const last = word(source?.letter ?? 'g', end - 1);
        const to = text.indexOf(last) + last.length;
        const cp = (at: number) => Array.from(text.slice(0, at)).length;
        const count = (e.people.count ?? 0) + c.ownCount;
        const own =
          n > 0 && c.ownCount > 0 && e.kind !== 'statement'
            ? {
                people: {
                  count,
                  qualifier: c.ownQualifier,
                  ...(c.ownAbove !== undefined ? { max: count + c.ownAbove } : {}),
                },
              }
            : {};
        return {
          ...(n === 0 && i % 2 === 0 ? { id: `${id}-claim` } : {}),
          source: source?.id ?? 'gazette',
          attribution: c.attribution,
          quote: { exact: text.slice(from, to), start: cp(from), end: cp(to) },
          ...own,
        };
      });
      return {
        id,
        kind: e.kind,
        date: e.date,
        title: e.title,
        summary: `What happened, in neutral words (${i}).`,
        ...(e.kind !== 'statement' ? { people } : {}),
        ...(e.kind === 'sentence' && e.sentence
          ? {
              sentence_length: {
                years: e.sentence.count,
                qualifier: e.sentence.qualifier,
                ...(e.sentence.min !== undefined ? { min: e.sentence.min } : {}),
                ...(e.sentence.max !== undefined ? { max: e.sentence.max } : {}),
              },
            }
          : {}),
        ...(e.place !== undefined ? { place: e.place } : {}),
        claims,
        ...(e.notes !== undefined ? { notes: e.notes } : {}),
        ...(e.key ? { key: true } : {}),
      };
    });
    const members = rawEvents.map((e) => e.id);
    const cohorts: RawCohort[] = cohort
      ? [
          {
            id: 'marigold-crew',
            label: cohort.label,
            ...(cohort.people ? { people: cohort.people } : {}),
            events: members,
            ...(cohort.linked && members.length > 1
              ? {
                  links: [
                    {
                      from: members[0] ?? '',
                      to: members[1] ?? '',
                      basis: 'inference' as const,
                      note: 'Read as the same people.',
                    },
                  ],
                }
              : {}),
            ...(cohort.notes ? { notes: cohort.notes } : {}),
            ...(cohort.key ? { key: true } : {}),
          },
        ]
      : [];
    return {
      texts,
      dataset: {
        $schema: './timeline.schema.json',
        format: 2,
        title: 'The Marigold crew (generated)',
        ...(headline !== undefined ? { headline } : {}),
        derived: '2031-05-21',
        sources,
        attributions: ATTRIBUTIONS,
        events: rawEvents,
        ...(cohorts.length > 0 ? { cohorts } : {}),
      },
    };
  });
