import type { z } from 'zod';
import { DatasetEnvelopeSchema, EventSchema } from './dataset-schema';
import { CohortSchema, Format2EnvelopeSchema, Format2EventSchema } from './format2-schema';
import { formatIssues } from './format-issues';
import { fastContents1, fastContents2 } from './records';
import type { Checked, FastRecords, RecordsOutcome } from './records';

/**
 * The records the fast checkers refused, checked again by zod, which says why in the words the
 * format's messages have always used. The app loads this module (and zod with it) only for a
 * file that has such a record. Should zod accept one the fast checkers refused, zod's value is
 * used: zod is the format's definition.
 */
export function wordRefusals(raw: unknown, fast: FastRecords): RecordsOutcome {
  if (fast.format === 1) {
    const envelope = orZod(fast.envelope, DatasetEnvelopeSchema, raw);
    if (!envelope.ok) return envelope;
    const { events } = fast.envelope ? fast : fastContents1(envelope.value);
    return {
      ok: true,
      records: {
        format: 1,
        envelope: envelope.value,
        events: events.map((event, i) => orZod(event, EventSchema, envelope.value.events[i])),
      },
    };
  }
  const envelope = orZod(fast.envelope, Format2EnvelopeSchema, raw);
  if (!envelope.ok) return envelope;
  const { events, cohorts } = fast.envelope ? fast : fastContents2(envelope.value);
  const rawCohorts = envelope.value.cohorts ?? [];
  return {
    ok: true,
    records: {
      format: 2,
      envelope: envelope.value,
      events: events.map((event, i) => orZod(event, Format2EventSchema, envelope.value.events[i])),
      cohorts: cohorts.map((cohort, i) => orZod(cohort, CohortSchema, rawCohorts[i])),
    },
  };
}

/** The fast checker's value, or zod's verdict on the raw record. */
function orZod<T>(fast: T | null, schema: z.ZodType<T>, raw: unknown): Checked<T> {
  if (fast !== null) return { ok: true, value: fast };
  const parsed = schema.safeParse(raw);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problems: formatIssues(parsed.error) };
}
