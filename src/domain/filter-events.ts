import type { EventKind } from './kinds';
import { sideOf } from './side';
import type { TimelineEvent } from './types';

/**
 * What the reader asked to see. `null` for a facet means "no restriction"; an empty set means
 * "nothing of this facet" (everything unticked).
 */
export interface Filters {
  readonly kinds: ReadonlySet<EventKind> | null;
  readonly sides: ReadonlySet<string> | null;
  readonly attributions: ReadonlySet<string> | null;
  readonly query: string;
  /** Visible time window [from, to) in epoch ms, or null for everything. */
  readonly range: readonly [number, number] | null;
  /** Show events whose date is not one precise day (shown by default, drawn as windows). */
  readonly includeUncertain: boolean;
}

export const NO_FILTERS: Filters = {
  kinds: null,
  sides: null,
  attributions: null,
  query: '',
  range: null,
  includeUncertain: true,
};

export type FacetName = 'kinds' | 'sides' | 'attributions';

/** True when the date is one known day (or finer), neither uncertain nor approximate. */
export function hasPreciseDate(event: TimelineEvent): boolean {
  const { start, end, isInterval, uncertain, approximate } = event.window;
  if (isInterval || uncertain || approximate || !start || !end) return false;
  return start.precision === 'day' || start.precision === 'time';
}

/**
 * The time rule: an event is in the window when its date window *overlaps* it — when it could
 * have happened inside. An open side reaches to infinity, so "on or before 8 Dec 2023" stays in
 * every window that starts on or before that day. Hiding what might be relevant would be worse
 * than showing a window that merely could fall inside; the uncertain-dates toggle removes them.
 */
export function overlapsRange(
  event: TimelineEvent,
  [from, to]: readonly [number, number],
): boolean {
  const start = event.window.start?.at ?? Number.NEGATIVE_INFINITY;
  const end = event.window.end?.at ?? Number.POSITIVE_INFINITY;
  return start < to && end > from;
}

/** Lower-case, accents and spacing folded, so "hadrut" finds "Hadrut" and NBSPs match spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The texts search looks in: title, summary, place and every quote. */
export function searchableTexts(event: TimelineEvent): string[] {
  return [event.title, event.summary, event.place ?? '', ...event.quotes.map((q) => q.text)];
}

/** Folded search text per event, computed once: events are immutable, filters run often. */
const folded = new WeakMap<TimelineEvent, string>();

function foldedTextOf(event: TimelineEvent): string {
  let text = folded.get(event);
  if (text === undefined) {
    // A separator no query can contain keeps a match from spanning two fields.
    text = searchableTexts(event).map(foldText).join('\u0000');
    folded.set(event, text);
  }
  return text;
}

export function matchesQuery(event: TimelineEvent, query: string): boolean {
  const needle = foldText(query).trim();
  if (needle === '') return true;
  return foldedTextOf(event).includes(needle);
}

export function passesFacet(event: TimelineEvent, facet: FacetName, filters: Filters): boolean {
  switch (facet) {
    case 'kinds':
      return filters.kinds === null || filters.kinds.has(event.kind);
    case 'sides':
      return filters.sides === null || filters.sides.has(sideOf(event));
    case 'attributions': {
      const wanted = filters.attributions;
      return wanted === null || event.quotes.some((q) => wanted.has(q.attributionId));
    }
  }
}

/** The filters that are not facets: the date-precision toggle, the time window and search. */
export function passesNonFacetFilters(event: TimelineEvent, filters: Filters): boolean {
  return (
    (filters.includeUncertain || hasPreciseDate(event)) &&
    (filters.range === null || overlapsRange(event, filters.range)) &&
    matchesQuery(event, filters.query)
  );
}

/**
 * Does the event pass every filter (except `ignore`, used for the live facet counts)?
 * Within a facet the ticked values are alternatives (OR); facets combine with AND.
 */
export function passesFilters(event: TimelineEvent, filters: Filters, ignore?: FacetName): boolean {
  const facets: FacetName[] = ['kinds', 'sides', 'attributions'];
  return (
    facets.every((facet) => facet === ignore || passesFacet(event, facet, filters)) &&
    (filters.includeUncertain || hasPreciseDate(event)) &&
    (filters.range === null || overlapsRange(event, filters.range)) &&
    matchesQuery(event, filters.query)
  );
}

/** The one filtering function: events in, visible events out, order kept. */
export function filterEvents(events: readonly TimelineEvent[], filters: Filters): TimelineEvent[] {
  return events.filter((event) => passesFilters(event, filters));
}
