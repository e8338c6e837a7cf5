import type { FilterValues } from '../../domain/filters/registry';
import { sideOf } from '../../domain/side';
import type { TimelineEvent } from '../../domain/types';

/**
 * The filtering rules written as plainly as possible, one event at a time, sharing no code with
 * the engine (src/domain/facets.ts and the declarations in src/domain/filters/), which scans
 * typed columns. Property tests hold the engine to these.
 */

const FACETS = ['kinds', 'sides', 'sources', 'citedSources', 'cohorts'] as const;
type Facet = (typeof FACETS)[number];

/** Lower case, accents dropped, any run of spacing as one space. */
function fold(text: string): string {
  let out = '';
  for (const char of text.normalize('NFKD')) {
    if (char >= '\u0300' && char <= '\u036f') continue;
    out += /\s/.test(char) ? ' ' : char;
  }
  return out.replace(/ {2,}/g, ' ').toLowerCase();
}

function valuesOf(event: TimelineEvent, facet: Facet): string[] {
  if (facet === 'kinds') return [event.kind];
  if (facet === 'sides') return [sideOf(event)];
  if (facet === 'citedSources') return event.claims.map((claim) => claim.sourceId);
  // An event in no cohort is filed under "none" (`cohort=none`).
  if (facet === 'cohorts') return event.cohortIds.length > 0 ? [...event.cohortIds] : ['none'];
  return event.claims.map((claim) => claim.attributionId);
}

function passesFacet(event: TimelineEvent, facet: Facet, values: FilterValues): boolean {
  const ticked: readonly string[] | null = values[facet];
  if (ticked === null) return true;
  for (const value of valuesOf(event, facet)) if (ticked.includes(value)) return true;
  return false;
}

function isOneKnownDay(event: TimelineEvent): boolean {
  const { start, end, isInterval, uncertain, approximate } = event.window;
  if (isInterval || uncertain || approximate || start === null || end === null) return false;
  return start.precision === 'day' || start.precision === 'time';
}

function couldFallIn(event: TimelineEvent, [from, to]: readonly [number, number]): boolean {
  const start = event.window.start === null ? -Infinity : event.window.start.at;
  const end = event.window.end === null ? Infinity : event.window.end.at;
  return start < to && end > from;
}

function mentions(event: TimelineEvent, query: string): boolean {
  const needle = fold(query).trim();
  if (needle === '') return true;
  const texts = [event.title, event.summary, event.place ?? ''];
  for (const claim of event.claims) texts.push(claim.quote.exact);
  return texts.some((text) => fold(text).includes(needle));
}

/** Does the event pass every filter, leaving out the facet `ignoring` (for its live counts)? */
export function oraclePasses(
  event: TimelineEvent,
  values: FilterValues,
  ignoring?: Facet,
): boolean {
  for (const facet of FACETS) {
    if (facet !== ignoring && !passesFacet(event, facet, values)) return false;
  }
  if (!values.uncertain && !isOneKnownDay(event)) return false;
  if (values.disputedOnly && event.dispute === null) return false;
  if (values.range !== null && !couldFallIn(event, values.range)) return false;
  return mentions(event, values.q);
}

export function oracleFilter(
  events: readonly TimelineEvent[],
  values: FilterValues,
): TimelineEvent[] {
  const kept: TimelineEvent[] = [];
  for (const event of events) if (oraclePasses(event, values)) kept.push(event);
  return kept;
}

/**
 * Per facet, each value some event has, with the number of events that have it and pass every
 * *other* filter: what ticking it would show.
 */
export function oracleFacetCounts(
  events: readonly TimelineEvent[],
  values: FilterValues,
): Record<Facet, Record<string, number>> {
  const counts: Record<Facet, Record<string, number>> = {
    kinds: {},
    sides: {},
    sources: {},
    citedSources: {},
    cohorts: {},
  };
  for (const facet of FACETS) {
    for (const event of events) {
      for (const value of new Set(valuesOf(event, facet))) {
        const before = counts[facet][value] ?? 0;
        counts[facet][value] = before + (oraclePasses(event, values, facet) ? 1 : 0);
      }
    }
  }
  return counts;
}
