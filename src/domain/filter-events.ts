import type { EventColumns } from './event-columns';
import { EVENT_KINDS } from './kinds';
import type { EventKind } from './kinds';
import { hasPreciseDate } from './precise-date';
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

export { hasPreciseDate };

export type FacetName = 'kinds' | 'sides' | 'attributions';

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

/** Any UTF-16 code unit past ASCII (surrogates included). */
const NON_ASCII = /[\u0080-\uffff]/;

/** Lower-case, accents and spacing folded, so "hadrut" finds "Hadrut" and NBSPs match spaces. */
export function foldText(text: string): string {
  // ASCII has no accents to strip and NFKD leaves it alone: skip both (the first search over
  // 100,000 events folds every title, summary and quote).
  if (!NON_ASCII.test(text)) return text.replace(/\s+/g, ' ').toLowerCase();
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

/** The event's folded search text (cached); exported so an idle task can prepare it early. */
export function foldedTextOf(event: TimelineEvent): string {
  let text = folded.get(event);
  if (text === undefined) {
    // A separator no query can contain keeps a match from spanning two fields.
    text = searchableTexts(event).map(foldText).join('\u0000');
    folded.set(event, text);
  }
  return text;
}

/** The query as search compares it: folded and trimmed ('' matches everything). */
export function needleOf(query: string): string {
  return foldText(query).trim();
}

export function matchesQuery(event: TimelineEvent, query: string): boolean {
  return matchesNeedle(event, needleOf(query));
}

function matchesNeedle(event: TimelineEvent, needle: string): boolean {
  return needle === '' || foldedTextOf(event).includes(needle);
}

function matchesIndexed(event: TimelineEvent | undefined, needle: string): boolean {
  return event !== undefined && matchesNeedle(event, needle);
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

/** A facet's selection as a flag per column value (1 = wanted), or null for no restriction. */
function flagsOf(wanted: ReadonlySet<string> | null, values: readonly string[]): Uint8Array | null {
  if (wanted === null) return null;
  return Uint8Array.from(values, (v) => (wanted.has(v) ? 1 : 0));
}

/**
 * The filters compiled against a dataset's columns: each test is an array read or a number
 * comparison, and the search needle is folded once rather than once per event.
 */
export interface CompiledFilters {
  /** Does event i fail this facet? */
  readonly failsKind: (i: number) => boolean;
  readonly failsSide: (i: number) => boolean;
  readonly failsAttribution: (i: number) => boolean;
  /** Does event i pass the date-precision toggle, the time window and search? */
  readonly passesRest: (i: number) => boolean;
}

export function compileFilters(
  events: readonly TimelineEvent[],
  columns: EventColumns,
  filters: Filters,
): CompiledFilters {
  const kinds = flagsOf(filters.kinds, EVENT_KINDS);
  const sides = flagsOf(filters.sides, columns.sides);
  const attributions = flagsOf(filters.attributions, columns.attributionIds);
  const { kind, side, attr, attrStart, start, end, precise } = columns;
  const [from, to] = filters.range ?? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  const bounded = filters.range !== null;
  const { includeUncertain } = filters;
  const needle = needleOf(filters.query);
  return {
    failsKind: (i) => kinds !== null && kinds[kind[i] ?? 0] !== 1,
    failsSide: (i) => sides !== null && sides[side[i] ?? 0] !== 1,
    failsAttribution: (i) => {
      if (attributions === null) return false;
      const last = attrStart[i + 1] ?? 0;
      for (let a = attrStart[i] ?? 0; a < last; a++)
        if (attributions[attr[a] ?? 0] === 1) return false;
      return true;
    },
    passesRest: (i) =>
      (includeUncertain || precise[i] === 1) &&
      (!bounded || ((start[i] ?? 0) < to && (end[i] ?? 0) > from)) &&
      (needle === '' || matchesIndexed(events[i], needle)),
  };
}

/**
 * The filtering rule over a list: events in, visible events out, order kept. The definition;
 * the app filters with `applyFilters` (facets.ts), the same result computed in one scan over
 * cached columns together with the facet counts, and tested equal to this.
 */
export function filterEvents(events: readonly TimelineEvent[], filters: Filters): TimelineEvent[] {
  return events.filter((event) => passesFilters(event, filters));
}
