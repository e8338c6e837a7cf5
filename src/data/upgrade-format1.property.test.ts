/**
 * Upgrading any valid format 1 file gives a valid format 2 file that draws the same events: the
 * same ids, kinds, dates, titles, counts and quotes, each quote at the same place in the article.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from './dataset-schema';
import type { RawDataset, RawEvent, RawPeople, RawSentenceLength } from './dataset-schema';
import { Format2DatasetSchema } from './format2-schema';
import { parseDataset } from './parse-dataset';
import { FORMAT1_SOURCE_ID, upgradeDataset } from './upgrade-format1';
import { EVENT_KINDS, NUMBERED_QUALIFIERS, QUALIFIERS } from '../domain/kinds';
import type { Dataset } from '../domain/types';
import { dateArb } from '../test/arbitrary-events';

const ATTRIBUTIONS = [
  { id: 'outlet', label: 'The outlet' },
  { id: 'joint-statement', label: 'A joint statement' },
  { id: 'apa', label: 'APA, as the outlet cites it' },
];

/** Words of the article, astral characters (two UTF-16 units, one code point) among them. */
const WORDS = [
  'Hadrut',
  'released',
  '32',
  'servicemen',
  'Élise',
  '😀',
  '𝔸rmenia',
  'Բաքու',
  '“said”',
  'prisoners.',
  '\n',
  '\u00A0',
];

const articleArb = fc
  .array(fc.constantFrom(...WORDS), { minLength: 10, maxLength: 60 })
  .map((words) => words.join(' '));

/** A count the schema accepts: a number only with a numbered qualifier, inside its own bounds. */
function countArb(max: number, whole: boolean) {
  const figure = whole
    ? fc.integer({ min: 0, max })
    : fc.integer({ min: 0, max: max * 2 }).map((n) => n / 2);
  return fc
    .record({
      qualifier: fc.constantFrom(...QUALIFIERS),
      value: figure,
      below: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
      above: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    })
    .map(({ qualifier, value, below, above }) => {
      const numbered = NUMBERED_QUALIFIERS.includes(qualifier);
      return {
        qualifier,
        value: numbered ? value : null,
        ...(below !== undefined ? { min: Math.max(0, value - below) } : {}),
        ...(above !== undefined ? { max: value + above } : {}),
      };
    });
}

const peopleArb: fc.Arbitrary<RawPeople> = fc
  .tuple(countArb(500, true), fc.constantFrom('Azerbaijan', 'Armenia', 'unknown'))
  .map(([{ value, ...rest }, heldBy]) => ({
    count: value,
    ...rest,
    held_by: heldBy,
    nationality: 'Armenian',
  }));

const sentenceArb: fc.Arbitrary<RawSentenceLength> = countArb(20, false).map(
  ({ value, ...rest }) => ({ years: value, ...rest }),
);

/** A quote cut from the article at true code-point offsets, with something visible in it. */
function quoteArb(codePoints: readonly string[]) {
  return fc
    .record({
      start: fc.nat({ max: codePoints.length - 1 }),
      length: fc.integer({ min: 1, max: 40 }),
      attribution: fc.constantFrom(...ATTRIBUTIONS.map((a) => a.id)),
    })
    .map(({ start, length, attribution }) => {
      const end = Math.min(codePoints.length, start + length);
      return { text: codePoints.slice(start, end).join(''), start, end, attribution };
    })
    .filter((quote) => /\S/u.test(quote.text));
}

function eventArb(codePoints: readonly string[]) {
  return fc
    .record({
      kind: fc.constantFrom(...EVENT_KINDS),
      date: dateArb,
      title: fc.constantFrom('Released near Hadrut', '32 servicemen 😀 freed', 'Բաքու'),
      people: peopleArb,
      statementPeople: fc.boolean(),
      sentence: fc.option(sentenceArb, { nil: undefined }),
      place: fc.option(fc.constantFrom('Hadrut', 'Khtsaberd'), { nil: undefined }),
      quotes: fc.array(quoteArb(codePoints), { minLength: 1, maxLength: 3 }),
      notes: fc.option(fc.array(fc.constantFrom('A note.', 'Another 𝔸 note.'), { maxLength: 2 }), {
        nil: undefined,
      }),
    })
    .map((e): Omit<RawEvent, 'id'> => ({
      kind: e.kind,
      date: e.date,
      title: e.title,
      summary: 'What happened, in neutral words.',
      ...(e.kind !== 'statement' || e.statementPeople ? { people: e.people } : {}),
      ...(e.kind === 'sentence' && e.sentence ? { sentence_length: e.sentence } : {}),
      ...(e.place !== undefined ? { place: e.place } : {}),
      quotes: e.quotes,
      ...(e.notes !== undefined ? { notes: e.notes } : {}),
    }));
}

/** A valid format 1 file and the article its quotes are cut from. */
const format1Arb: fc.Arbitrary<{ file: RawDataset; article: string }> = articleArb.chain(
  (article) =>
    fc.array(eventArb(Array.from(article)), { maxLength: 8 }).map((events) => ({
      article,
      file: {
        source: {
          title: 'A generated article',
          publisher: 'A generated outlet',
          published: '2023-12-08',
          article: 'article.txt',
          derived: '2026-11-29',
        },
        attributions: ATTRIBUTIONS,
        events: events.map((event, i) => ({ id: `event-${i}`, ...event })),
      },
    })),
);

function loaded(raw: unknown, texts: Parameters<typeof parseDataset>[1]): Dataset {
  const outcome = parseDataset(raw, texts);
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.dataset;
}

/** What a reader sees of each event, in the app's order. */
function drawn(dataset: Dataset) {
  return dataset.events.map((e) => ({
    id: e.id,
    kind: e.kind,
    edtf: e.window.edtf,
    title: e.title,
    people: e.people,
    sentenceLength: e.sentenceLength,
    quotes: e.claims.map((c) => [c.quote.exact, c.quote.start, c.quote.end, c.attributionId]),
  }));
}

describe('upgradeDataset (format 1 → 2)', () => {
  it('gives a valid format 2 file that draws the same events, quotes at the same places', () => {
    fc.assert(
      fc.property(format1Arb, ({ file, article }) => {
        // The generator makes only valid format 1 files, every quote where it says.
        expect(DatasetSchema.safeParse(file).success).toBe(true);
        const before = loaded(file, article);
        expect(before.skipped).toStrictEqual([]);
        expect(before.events).toHaveLength(file.events.length);

        const upgraded = upgradeDataset(file);
        const schema = Format2DatasetSchema.safeParse(upgraded);
        expect(schema.error?.issues ?? []).toStrictEqual([]);
        const after = loaded(
          upgraded,
          new Map([[FORMAT1_SOURCE_ID, { status: 'loaded', text: article }]]),
        );
        expect(after.format).toBe(2);
        expect(after.skipped).toStrictEqual([]);
        expect(drawn(after)).toStrictEqual(drawn(before));
        // Nothing else differs either: derived values, notes, places, labels.
        expect(after.events).toStrictEqual(before.events);
        expect(after.sources.map((s) => s.text)).toStrictEqual([
          { status: 'loaded', text: article },
        ]);
      }),
      { numRuns: 200 },
    );
  });
});
