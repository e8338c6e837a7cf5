import { z } from 'zod';
import { EVENT_KINDS, NUMBERED_QUALIFIERS, QUALIFIERS } from '../domain/kinds';
import { describeEdtfProblem } from '../domain/edtf-window';
import { SLUG } from '../lib/slug';
import { LIMITS, MAX_EVENTS, NO_CONTROL, VISIBLE, codePointLength } from './format-rules';

export { LIMITS, MAX_EVENTS, NO_CONTROL, codePointLength };

/**
 * The public data format, as one zod schema. The app validates with it, `npm run data:check`
 * validates with it, and `data/timeline.schema.json` is generated from it (`npm run data:schema`):
 * there is no second, hand-kept copy. Cross-record rules (unique ids, known attributions, quotes
 * verbatim in the article) need the whole file and the article, so they live in `parse-dataset.ts`.
 */

// zod 4 compiles object parsers with `new Function` unless told not to; our CSP forbids eval
// (and zod's probe for it would log a CSP violation on every page load).
z.config({
  jitless: true,
  // A missing field reads "is required", not "expected string, received undefined".
  customError: (issue) => (issue.input === undefined ? 'is required' : undefined),
});

export const Slug = z
  .string()
  .max(LIMITS.id)
  .regex(SLUG, 'must be a lowercase slug such as "release-32-servicemen"');

/** Cc is exactly C0 (U+0000–001F), DEL and C1 (U+007F–009F). */
const CONTROL = /(?![\t\n])\p{Cc}/u;

/** Which control character, and where (in code points, as quote offsets are counted). */
function describeControl(input: unknown): string {
  const text = typeof input === 'string' ? input : '';
  const found = CONTROL.exec(text);
  if (!found) return 'must not contain control characters';
  const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  const at = codePointLength(text.slice(0, found.index));
  return `must not contain control characters (U+${code} at character ${at})`;
}

/** Visible text, never trimmed: quotes must stay character for character what the article says. */
export const Text = (max: number) =>
  z
    .string()
    .max(max, { abort: true })
    .regex(NO_CONTROL, { error: (issue) => describeControl(issue.input) })
    .refine((s) => VISIBLE.test(s), 'must contain visible text');

export const PLAIN_DAY = z.iso.date();

export const Amount = z.number().nonnegative('must not be negative');
// No custom message on z.int(): it would also replace zod's "expected number, received string".
export const Bound = z
  .int({
    error: (issue) =>
      issue.code === 'invalid_type' && typeof issue.input === 'number'
        ? 'must be a whole number'
        : undefined,
  })
  .nonnegative('must not be negative');

interface QualifiedNumber {
  qualifier: (typeof QUALIFIERS)[number];
  value: number | null;
  min?: number | undefined;
  max?: number | undefined;
}

export function checkQualifiedNumber(
  n: QualifiedNumber,
  field: string,
  ctx: z.RefinementCtx,
): void {
  const numbered = NUMBERED_QUALIFIERS.includes(n.qualifier);
  if (numbered && n.value === null) {
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: `is null but qualifier "${n.qualifier}" needs a number`,
    });
  }
  if (!numbered && n.value !== null) {
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: `must be null when qualifier is "${n.qualifier}" (the article gives no number)`,
    });
  }
  if (n.min !== undefined && n.max !== undefined && n.min > n.max) {
    ctx.addIssue({ code: 'custom', path: ['min'], message: `min ${n.min} is above max ${n.max}` });
    return;
  }
  // The figure is one the article allows, so it lies between the lowest and highest it allows.
  if (n.value !== null && n.min !== undefined && n.value < n.min) {
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: `${n.value} is below its own min ${n.min}`,
    });
  }
  if (n.value !== null && n.max !== undefined && n.value > n.max) {
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: `${n.value} is above its own max ${n.max}`,
    });
  }
}

/** A count as a source gives it: shared by events, claims and cohorts. */
export const COUNT_SHAPE = {
  count: Bound.nullable().describe('How many people; null when the source gives no number.'),
  qualifier: z
    .enum(QUALIFIERS)
    .describe('exact, at-least, up-to (count is a bound), some, unknown'),
  min: Bound.optional().describe('Lowest figure the source allows, where it gives one.'),
  max: Bound.optional().describe('Highest figure the source allows, where it gives one.'),
};

export const HOLDER = Text(80).describe(
  'The state holding them ("Azerbaijan", "Armenia") or "unknown".',
);
export const NATIONALITY = Text(80).describe(
  'Whose people they are ("Armenian", "Azerbaijani") or "unknown".',
);

export const PeopleSchema = z
  .strictObject({ ...COUNT_SHAPE, held_by: HOLDER, nationality: NATIONALITY })
  .superRefine((p, ctx) => {
    checkQualifiedNumber({ ...p, value: p.count }, 'count', ctx);
  });

export const SentenceLengthSchema = z
  .strictObject({
    years: Amount.nullable().describe('Length in years; with "up-to" it is the upper bound.'),
    qualifier: z.enum(QUALIFIERS),
    min: Amount.optional(),
    max: Amount.optional(),
  })
  .superRefine((s, ctx) => {
    checkQualifiedNumber({ ...s, value: s.years }, 'years', ctx);
  });

/** Offsets must span exactly the quote: `end − start` is its length in code points. */
export function checkOffsetSpan(
  text: string,
  start: number,
  end: number,
  ctx: z.RefinementCtx,
): void {
  const length = codePointLength(text);
  if (end - start !== length) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `end − start is ${end - start} but the quote is ${length} characters long`,
    });
  }
}

export const QuoteSchema = z
  .strictObject({
    text: Text(LIMITS.quote).describe('Verbatim substring of the article.'),
    start: Bound.describe('Offset of the first character, in Unicode code points.'),
    end: Bound.describe('Offset after the last character (exclusive).'),
    attribution: Slug.describe('Id of the entry in `attributions` that says this.'),
  })
  .superRefine((q, ctx) => {
    checkOffsetSpan(q.text, q.start, q.end, ctx);
  });

export const EdtfString = z
  .string()
  .max(64, { abort: true })
  .superRefine((value, ctx) => {
    const problem = describeEdtfProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('EDTF (ISO 8601-2) date or interval: "2020-12", "2020-12?", "../2023-12-08".');

/** Rules between an event's kind and its fields, the same in both formats. */
export function checkKindRules(
  e: { kind: (typeof EVENT_KINDS)[number]; people?: unknown; sentence_length?: unknown },
  ctx: z.RefinementCtx,
): void {
  if (e.kind !== 'statement' && e.people === undefined) {
    ctx.addIssue({ code: 'custom', path: ['people'], message: `is required for kind "${e.kind}"` });
  }
  if (e.kind !== 'sentence' && e.sentence_length !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['sentence_length'],
      message: `belongs only to kind "sentence", not "${e.kind}"`,
    });
  }
}

export const EventSchema = z
  .strictObject({
    id: Slug.describe('Stable id, unique in the file.'),
    kind: z.enum(EVENT_KINDS),
    date: EdtfString,
    title: Text(LIMITS.title),
    summary: Text(LIMITS.text),
    people: PeopleSchema.optional().describe('Required for every kind but "statement".'),
    sentence_length: SentenceLengthSchema.optional().describe('Only for kind "sentence".'),
    place: Text(LIMITS.title).optional().describe("The article's own place names."),
    quotes: z.array(QuoteSchema).min(1, 'needs at least one quote').max(50),
    notes: z.array(Text(LIMITS.text)).max(LIMITS.notes).optional(),
  })
  .superRefine(checkKindRules);

export const AttributionSchema = z.strictObject({
  id: Slug,
  label: Text(LIMITS.title),
  description: Text(LIMITS.text).optional(),
});

/** A link a reader may follow: only web addresses, never `javascript:` or `data:`. */
export const WebAddress = z
  .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })
  // The same rule for the published JSON Schema, which does not carry `protocol`.
  .meta({
    pattern: '^[Hh][Tt][Tt][Pp][Ss]?://',
    description: 'Where it was published: an http(s) address.',
  });

export const SourceSchema = z.strictObject({
  title: Text(LIMITS.title),
  publisher: Text(LIMITS.title),
  section: Text(LIMITS.title).optional(),
  published: PLAIN_DAY.describe('Publication day, YYYY-MM-DD.'),
  article: Text(LIMITS.title).describe('Path of the article text, relative to this file.'),
  derived: PLAIN_DAY.describe('Day the dataset was derived from the article, YYYY-MM-DD.'),
  url: WebAddress.optional(),
});

/** Format 1's envelope: one source, its article. */
const envelope = {
  $schema: z.string().optional(),
  source: SourceSchema,
  attributions: z.array(AttributionSchema).min(1).max(100),
};

/** A format 1 file, strict: what `timeline.format1.schema.json` publishes. */
export const DatasetSchema = z.strictObject({
  ...envelope,
  events: z.array(EventSchema).max(MAX_EVENTS),
});

/** The same file with events left raw, so that each event can be checked (and skipped) alone. */
export const DatasetEnvelopeSchema = z.strictObject({
  ...envelope,
  events: z.array(z.unknown()).max(MAX_EVENTS),
});

export type RawDataset = z.infer<typeof DatasetSchema>;
export type RawEnvelope1 = z.infer<typeof DatasetEnvelopeSchema>;
export type RawEvent = z.infer<typeof EventSchema>;
export type RawQuote = z.infer<typeof QuoteSchema>;
export type RawPeople = z.infer<typeof PeopleSchema>;
export type RawSentenceLength = z.infer<typeof SentenceLengthSchema>;
export type Attribution = z.infer<typeof AttributionSchema>;
export type Source = z.infer<typeof SourceSchema>;
