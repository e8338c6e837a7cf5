import type { RawEvent, RawPeople, RawSentenceLength } from './dataset-schema';
import { EVENT_KINDS } from '../domain/kinds';
import { parseEdtfWindow } from '../domain/edtf-window';
import type { People, QualifiedCount, TimelineEvent } from '../domain/types';

function normalizeCount(value: number | null, raw: RawPeople | RawSentenceLength): QualifiedCount {
  return { value, qualifier: raw.qualifier, min: raw.min ?? null, max: raw.max ?? null };
}

function normalizePeople(raw: RawPeople): People {
  return { ...normalizeCount(raw.count, raw), heldBy: raw.held_by, nationality: raw.nationality };
}

/**
 * Raw (schema-valid) event → the app's event. The date was already checked by the schema, so a
 * parse failure here is a programming error and throws rather than inventing a date.
 */
export function normalizeEvent(raw: RawEvent, labels: ReadonlyMap<string, string>): TimelineEvent {
  const span = parseEdtfWindow(raw.date);
  if (typeof span === 'string') throw new Error(`unvalidated date reached normalizeEvent: ${span}`);
  return {
    id: raw.id,
    kind: raw.kind,
    window: span,
    title: raw.title,
    summary: raw.summary,
    people: raw.people ? normalizePeople(raw.people) : null,
    sentenceLength: raw.sentence_length
      ? normalizeCount(raw.sentence_length.years, raw.sentence_length)
      : null,
    place: raw.place ?? null,
    quotes: raw.quotes.map((q) => ({
      text: q.text,
      start: q.start,
      end: q.end,
      attributionId: q.attribution,
      attributionLabel: labels.get(q.attribution) ?? q.attribution,
    })),
    notes: raw.notes ?? [],
  };
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
