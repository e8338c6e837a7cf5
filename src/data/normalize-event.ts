import type { RawSentenceLength } from './dataset-schema';
import type { RawClaim, RawClaimPeople, RawEvent2 } from './format2-schema';
import { EVENT_KINDS } from '../domain/kinds';
import { readDate } from '../domain/edtf-common';
import { countSources, deriveDispute } from '../domain/dispute';
import type { TimeWindow } from '../domain/time-window';
import type { Claim, People, QualifiedCount, TimelineEvent } from '../domain/types';

interface RawCount {
  readonly qualifier: QualifiedCount['qualifier'];
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

export function normalizeCount(value: number | null, raw: RawCount): QualifiedCount {
  return { value, qualifier: raw.qualifier, min: raw.min ?? null, max: raw.max ?? null };
}

/** A claim's people say only what differs: holder and nationality default to the event's. */
function normalizePeople(raw: RawClaimPeople, event: People | null): People {
  return {
    ...normalizeCount(raw.count, raw),
    heldBy: raw.held_by ?? event?.heldBy ?? 'unknown',
    nationality: raw.nationality ?? event?.nationality ?? 'unknown',
  };
}

/**
 * An EDTF string the schema already accepted; a failure here is a programming error. A date
 * outside the common forms was accepted by zod's check, which loaded edtf.js to read it.
 */
export function checkedWindow(edtf: string): TimeWindow {
  const span = readDate(edtf);
  if (span === null || typeof span === 'string') {
    throw new Error(`unvalidated date reached normalisation: ${span ?? edtf}`);
  }
  return span;
}

/** Where each claim's quote was found in its source's text, or null (not stored, not loaded). */
export type ClaimOffsets = readonly ({ readonly start: number; readonly end: number } | null)[];

export interface EventContext {
  readonly labels: ReadonlyMap<string, string>;
  readonly offsets: ClaimOffsets;
  readonly cohortIds: readonly string[];
}

function normalizeClaim(
  raw: RawClaim,
  at: ClaimOffsets[number],
  event: People | null,
  labels: ReadonlyMap<string, string>,
): Claim {
  return {
    id: raw.id ?? null,
    sourceId: raw.source,
    attributionId: raw.attribution,
    attributionLabel: labels.get(raw.attribution) ?? raw.attribution,
    quote: {
      exact: raw.quote.exact,
      prefix: raw.quote.prefix ?? null,
      suffix: raw.quote.suffix ?? null,
      start: at?.start ?? raw.quote.start ?? null,
      end: at?.end ?? raw.quote.end ?? null,
    },
    people: raw.people ? normalizePeople(raw.people, event) : null,
    window: raw.date !== undefined ? checkedWindow(raw.date) : null,
  };
}

/**
 * Raw (schema-valid, cross-checked) format 2 event → the app's event, with what is derived
 * (source count, dispute) computed here and nowhere else. Format 1 events arrive upgraded.
 */
export function normalizeEvent(raw: RawEvent2, context: EventContext): TimelineEvent {
  const window = checkedWindow(raw.date);
  const people: People | null = raw.people
    ? {
        ...normalizeCount(raw.people.count, raw.people),
        heldBy: raw.people.held_by,
        nationality: raw.people.nationality,
      }
    : null;
  const claims = raw.claims.map((claim, i) =>
    normalizeClaim(claim, context.offsets[i] ?? null, people, context.labels),
  );
  return {
    id: raw.id,
    kind: raw.kind,
    window,
    title: raw.title,
    summary: raw.summary,
    people,
    sentenceLength: raw.sentence_length ? normalizeSentence(raw.sentence_length) : null,
    place: raw.place ?? null,
    claims,
    notes: raw.notes ?? [],
    sourceCount: countSources(claims),
    dispute: deriveDispute({ people, window }, claims),
    cohortIds: context.cohortIds,
    key: raw.key ?? false,
  };
}

function normalizeSentence(raw: RawSentenceLength): QualifiedCount {
  return normalizeCount(raw.years, raw);
}

/** The latest instant by which the event had surely happened (open end = never). */
export function latestPossible(event: TimelineEvent): number {
  return event.window.end?.at ?? Number.POSITIVE_INFINITY;
}

/**
 * Chronological order for an uncertain timeline: by the latest possible instant (what is known
 * to have happened by then), then the earliest, then lane order, then id. Sorting by the earliest
 * alone would put every "date not given" event before everything else.
 */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const byEnd = latestPossible(a) - latestPossible(b);
  if (byEnd !== 0 && !Number.isNaN(byEnd)) return byEnd;
  const byStart =
    (a.window.start?.at ?? Number.NEGATIVE_INFINITY) -
    (b.window.start?.at ?? Number.NEGATIVE_INFINITY);
  if (byStart !== 0 && !Number.isNaN(byStart)) return byStart;
  const byKind = EVENT_KINDS.indexOf(a.kind) - EVENT_KINDS.indexOf(b.kind);
  if (byKind !== 0) return byKind;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
