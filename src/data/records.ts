import { fastEnvelope1, isEvent1 } from './fast-format1';
import { fastEnvelope2, isCohort, isEvent2 } from './fast-format2';
import type { RawEnvelope1, RawEvent } from './dataset-schema';
import type { RawCohort, RawEnvelope2, RawEvent2 } from './format2-schema';

/**
 * A file's records, each checked on its own against its schema: the envelope, then every event
 * and cohort. The cross-record checks (check-format1.ts, check-format2.ts) start from these.
 */

/** A record that passed its schema, or why not (zod's words). */
export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly string[] };

export type Records =
  | {
      readonly format: 1;
      readonly envelope: RawEnvelope1;
      readonly events: readonly Checked<RawEvent>[];
    }
  | {
      readonly format: 2;
      readonly envelope: RawEnvelope2;
      readonly events: readonly Checked<RawEvent2>[];
      readonly cohorts: readonly Checked<RawCohort>[];
    };

/** The records, or (when the envelope fails) what is wrong with the file. */
export type RecordsOutcome =
  | { readonly ok: true; readonly records: Records }
  | { readonly ok: false; readonly problems: readonly string[] };

/** The fast checkers' verdicts: a valid record, or null for one they refuse (not yet worded). */
export type FastRecords =
  | {
      readonly format: 1;
      readonly envelope: RawEnvelope1 | null;
      readonly events: readonly (RawEvent | null)[];
    }
  | {
      readonly format: 2;
      readonly envelope: RawEnvelope2 | null;
      readonly events: readonly (RawEvent2 | null)[];
      readonly cohorts: readonly (RawCohort | null)[];
    };

const orNull =
  <T>(test: (value: unknown) => value is T) =>
  (value: unknown): T | null =>
    test(value) ? value : null;

/** Format 2's events and cohorts, each through its fast checker. */
export function fastContents2(envelope: RawEnvelope2) {
  return {
    events: envelope.events.map(orNull(isEvent2)),
    cohorts: (envelope.cohorts ?? []).map(orNull(isCohort)),
  };
}

export function fastContents1(envelope: RawEnvelope1) {
  return { events: envelope.events.map(orNull(isEvent1)) };
}

/** Every record through the fast checkers; the events are not looked at if the envelope fails. */
export function fastRecords(raw: unknown, format: 1 | 2): FastRecords {
  if (format === 1) {
    const envelope = fastEnvelope1(raw);
    return { format, envelope, ...(envelope ? fastContents1(envelope) : { events: [] }) };
  }
  const envelope = fastEnvelope2(raw);
  const contents = envelope ? fastContents2(envelope) : { events: [], cohorts: [] };
  return { format, envelope, ...contents };
}

const accepted = <T>(value: T): Checked<T> => ({ ok: true, value });

function allAccepted<T>(values: readonly (T | null)[]): Checked<T>[] | null {
  const checked: Checked<T>[] = [];
  for (const value of values) {
    if (value === null) return null;
    checked.push(accepted(value));
  }
  return checked;
}

/** The records, when the fast checkers refused none; null when zod must say why. */
export function acceptedRecords(fast: FastRecords): RecordsOutcome | null {
  const records = acceptedOnly(fast);
  return records && { ok: true, records };
}

function acceptedOnly(fast: FastRecords): Records | null {
  if (fast.envelope === null) return null;
  if (fast.format === 1) {
    const events = allAccepted(fast.events);
    return events && { format: 1, envelope: fast.envelope, events };
  }
  const events = allAccepted(fast.events);
  const cohorts = allAccepted(fast.cohorts);
  return events && cohorts && { format: 2, envelope: fast.envelope, events, cohorts };
}
