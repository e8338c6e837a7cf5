import { z } from 'zod';
import {
  AttributionSchema,
  Bound,
  COUNT_SHAPE,
  EdtfString,
  HOLDER,
  LIMITS,
  NATIONALITY,
  PLAIN_DAY,
  PeopleSchema,
  SentenceLengthSchema,
  Slug,
  Text,
  WebAddress,
  checkKindRules,
  checkQualifiedNumber,
  checkOffsetSpan,
  NO_CONTROL,
} from './dataset-schema';
import { EVENT_KINDS, SOURCE_TYPES } from '../domain/kinds';
import { LANGUAGE, MAX_COHORTS, MAX_EVENTS, MAX_SOURCES, isLanguageTag } from './format-rules';

export { MAX_COHORTS, MAX_SOURCES };

/**
 * Format 2 (`"format": 2`): many sources, claims that can disagree, cohorts that follow the same
 * people. The atoms (slugs, visible text, EDTF, counts) are format 1's, imported, so the two
 * formats cannot drift apart on what a valid id, date or count is. Cross-record rules (ids that
 * must exist, quotes found in their source's text, claim dates inside the event's window) need
 * the whole file and the texts, so they live in `parse-format2.ts`.
 */

export const Format2SourceSchema = z.strictObject({
  id: Slug.describe('Stable id, unique among the sources; claims name it.'),
  title: Text(LIMITS.title),
  publisher: Text(LIMITS.title),
  section: Text(LIMITS.title).optional(),
  published: EdtfString.describe('When it was published, EDTF: "2023-12-08", "2023-12".'),
  url: WebAddress.optional(),
  language: z
    .string()
    .max(35)
    .regex(LANGUAGE, 'must be a BCP 47 language tag such as "en" or "hy-Latn"')
    .refine(isLanguageTag, 'must be a BCP 47 language tag such as "en" or "hy-Latn"')
    .optional(),
  type: z.enum(SOURCE_TYPES),
  text: Text(LIMITS.title)
    .optional()
    .describe(
      "The file holding the source's full text, relative to this dataset. Without it the source is cited, not stored, and its quotes cannot be checked.",
    ),
});

/** A few words either side of a quote: no control characters, need not be visible (a space). */
const Context = z
  .string()
  .min(1)
  .max(LIMITS.title)
  .regex(NO_CONTROL, 'must not contain control characters');

export const QuoteAnchorSchema = z
  .strictObject({
    exact: Text(LIMITS.quote).describe("The source's words, verbatim (whitespace may differ)."),
    prefix: Context.optional().describe('The words just before, when `exact` is not unique.'),
    suffix: Context.optional().describe('The words just after, when `exact` is not unique.'),
    start: Bound.optional().describe(
      'Code-point offset of the first character; written by tooling.',
    ),
    end: Bound.optional().describe(
      'Code-point offset after the last character; written by tooling.',
    ),
  })
  .superRefine((q, ctx) => {
    if ((q.start === undefined) !== (q.end === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [q.start === undefined ? 'start' : 'end'],
        message: 'start and end go together: give both or neither',
      });
      return;
    }
    if (q.start === undefined || q.end === undefined) return;
    checkOffsetSpan(q.exact, q.start, q.end, ctx);
  });

/** What one source says of the people, where it differs; holder and nationality default to the event's. */
export const ClaimPeopleSchema = z
  .strictObject({ ...COUNT_SHAPE, held_by: HOLDER.optional(), nationality: NATIONALITY.optional() })
  .superRefine((p, ctx) => {
    checkQualifiedNumber({ ...p, value: p.count }, 'count', ctx);
  });

export const ClaimSchema = z.strictObject({
  id: Slug.optional().describe('Unique in the file; a cohort link names it.'),
  source: Slug.describe('Id of the entry in `sources`.'),
  attribution: Slug.describe('Id of the entry in `attributions` that speaks.'),
  quote: QuoteAnchorSchema,
  people: ClaimPeopleSchema.optional().describe(
    "What this source says, when it differs from the event's reading.",
  ),
  date: EdtfString.optional().describe(
    "When this source says it happened, when it differs; it must lie inside the event's date.",
  ),
});

export const Format2EventSchema = z
  .strictObject({
    id: Slug.describe('Stable id, unique in the file.'),
    kind: z.enum(EVENT_KINDS),
    date: EdtfString.describe('The window all its claims allow (EDTF).'),
    title: Text(LIMITS.title),
    summary: Text(LIMITS.text),
    people: PeopleSchema.optional().describe(
      'The analyst\'s reading; required for every kind but "statement".',
    ),
    sentence_length: SentenceLengthSchema.optional().describe('Only for kind "sentence".'),
    place: Text(LIMITS.title).optional().describe("The sources' own place names."),
    claims: z.array(ClaimSchema).min(1, 'needs at least one claim').max(50),
    notes: z.array(Text(LIMITS.text)).max(LIMITS.notes).optional(),
    key: z
      .boolean()
      .optional()
      .describe('true: one of the few facts the key-facts strip states above the chart.'),
  })
  .superRefine(checkKindRules);

export const CohortLinkSchema = z
  .strictObject({
    from: Slug.describe('An event id of this cohort.'),
    to: Slug.describe('A later event id of this cohort.'),
    basis: z
      .enum(['quote', 'inference'])
      .describe(
        '"quote": a source says so (name the claim); "inference": the analyst reads it so.',
      ),
    note: Text(LIMITS.text).describe('What the source says, or the reasoning behind an inference.'),
    claim: Slug.optional().describe('For basis "quote": the id of the claim that says so.'),
  })
  .superRefine((link, ctx) => {
    if (link.basis === 'quote' && link.claim === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['claim'],
        message: 'is required when basis is "quote": name the claim that says so',
      });
    }
    if (link.from === link.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'links an event to itself' });
    }
  });

export const CohortSchema = z
  .strictObject({
    id: Slug.refine((id) => id !== 'none', {
      // `cohort=none` in a link means "in no cohort".
      error: '"none" is reserved (a link\'s cohort=none means "in no cohort"); choose another id',
    }).describe('Stable id, unique among the cohorts; not "none".'),
    label: Text(LIMITS.title),
    people: z
      .strictObject(COUNT_SHAPE)
      .superRefine((p, ctx) => {
        checkQualifiedNumber({ ...p, value: p.count }, 'count', ctx);
      })
      .optional(),
    events: z
      .array(Slug)
      .min(1, 'needs at least one event')
      .max(1000)
      .describe('Event ids, in order.'),
    links: z.array(CohortLinkSchema).max(1000).optional(),
    notes: z.array(Text(LIMITS.text)).max(LIMITS.notes).optional(),
    key: z
      .boolean()
      .optional()
      .describe("true: the key-facts strip states the cohort's count and label."),
  })
  .superRefine((c, ctx) => {
    const at = new Map<string, number>();
    c.events.forEach((id, i) => {
      const first = at.get(id);
      if (first === undefined) at.set(id, i);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['events', i],
          message: `"${id}" is already events[${first}]`,
        });
    });
    c.links?.forEach((link, i) => {
      for (const end of ['from', 'to'] as const) {
        if (!at.has(link[end])) {
          ctx.addIssue({
            code: 'custom',
            path: ['links', i, end],
            message: `"${link[end]}" is not in this cohort's events`,
          });
        }
      }
    });
  });

const envelope = {
  $schema: z.string().optional(),
  format: z.literal(2),
  title: Text(LIMITS.title).describe('What the dataset is about, in neutral words.'),
  headline: Text(LIMITS.title)
    .optional()
    .describe(
      "The news in one neutral sentence, plain text, in the sources' own facts; shown above the key facts.",
    ),
  derived: PLAIN_DAY.describe('Day the dataset was derived from its sources, YYYY-MM-DD.'),
  sources: z.array(Format2SourceSchema).min(1).max(MAX_SOURCES),
  attributions: z.array(AttributionSchema).min(1).max(100),
};

/** A format 2 file, strict: what `timeline.schema.json` publishes. */
export const Format2DatasetSchema = z.strictObject({
  ...envelope,
  events: z.array(Format2EventSchema).max(MAX_EVENTS),
  cohorts: z.array(CohortSchema).max(MAX_COHORTS).optional(),
});

/** The same file with events and cohorts left raw, so each can be checked (and skipped) alone. */
export const Format2EnvelopeSchema = z.strictObject({
  ...envelope,
  events: z.array(z.unknown()).max(MAX_EVENTS),
  cohorts: z.array(z.unknown()).max(MAX_COHORTS).optional(),
});

export type RawDataset2 = z.infer<typeof Format2DatasetSchema>;
export type RawEnvelope2 = z.infer<typeof Format2EnvelopeSchema>;
export type RawEvent2 = z.infer<typeof Format2EventSchema>;
export type RawClaim = z.infer<typeof ClaimSchema>;
export type RawQuoteAnchor = z.infer<typeof QuoteAnchorSchema>;
export type RawClaimPeople = z.infer<typeof ClaimPeopleSchema>;
export type RawSource2 = z.infer<typeof Format2SourceSchema>;
export type RawCohort = z.infer<typeof CohortSchema>;
