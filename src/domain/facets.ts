import { EVENT_KINDS } from './kinds';
import type { EventKind } from './kinds';
import { passesFacet, passesNonFacetFilters } from './filter-events';
import type { FacetName, Filters } from './filter-events';
import { sideLabel, sideOf } from './side';
import type { TimelineEvent } from './types';

export interface FacetOption<V extends string = string> {
  readonly value: V;
  readonly label: string;
  /** Events with this value that pass every *other* filter: what ticking it would show. */
  readonly count: number;
}

export interface Facets {
  readonly kinds: readonly FacetOption<EventKind>[];
  readonly sides: readonly FacetOption[];
  readonly attributions: readonly FacetOption[];
}

const FACETS: readonly FacetName[] = ['kinds', 'sides', 'attributions'];

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * Live counts in one pass: an event passing every facet counts for each of its values; one
 * failing exactly one facet counts for that facet's values only (ticking them would show it);
 * one failing two or more counts nowhere. O(events), not O(events × options).
 */
function countFacets(
  events: readonly TimelineEvent[],
  filters: Filters,
): Record<FacetName, Map<string, number>> {
  const counts: Record<FacetName, Map<string, number>> = {
    kinds: new Map(),
    sides: new Map(),
    attributions: new Map(),
  };
  for (const event of events) {
    if (!passesNonFacetFilters(event, filters)) continue;
    const failing = FACETS.filter((facet) => !passesFacet(event, facet, filters));
    if (failing.length > 1) continue;
    const counted = failing.length === 1 ? failing : FACETS;
    if (counted.includes('kinds')) bump(counts.kinds, event.kind);
    if (counted.includes('sides')) bump(counts.sides, sideOf(event));
    if (counted.includes('attributions')) {
      for (const id of new Set(event.quotes.map((q) => q.attributionId)))
        bump(counts.attributions, id);
    }
  }
  return counts;
}

interface PresentValues {
  /** Side slug → the holder's name as written (null for statements). */
  readonly sides: ReadonlyMap<string, string | null>;
  readonly kinds: ReadonlySet<EventKind>;
  readonly attributed: ReadonlySet<string>;
}

/** Which facet values the events have, in one pass and without counting anything. */
function presentValues(events: readonly TimelineEvent[]): PresentValues {
  const sides = new Map<string, string | null>();
  const kinds = new Set<EventKind>();
  const attributed = new Set<string>();
  for (const event of events) {
    sides.set(sideOf(event), event.people?.heldBy ?? null);
    kinds.add(event.kind);
    for (const quote of event.quotes) attributed.add(quote.attributionId);
  }
  return { sides, kinds, attributed };
}

function orderedSides(present: PresentValues): [string, string | null][] {
  return [...present.sides.entries()].sort(
    ([a], [b]) => sideOrder(a) - sideOrder(b) || a.localeCompare(b),
  );
}

/** The filter panel's options with live counts; options that no event has are left out. */
export function buildFacets(
  events: readonly TimelineEvent[],
  attributions: readonly { readonly id: string; readonly label: string }[],
  filters: Filters,
): Facets {
  const present = presentValues(events);
  const counts = countFacets(events, filters);
  return {
    kinds: EVENT_KINDS.filter((kind) => present.kinds.has(kind)).map((kind) => ({
      value: kind,
      label: kind,
      count: counts.kinds.get(kind) ?? 0,
    })),
    sides: orderedSides(present).map(([side, heldBy]) => ({
      value: side,
      label: sideLabel(side, heldBy),
      count: counts.sides.get(side) ?? 0,
    })),
    attributions: attributions
      .filter((a) => present.attributed.has(a.id))
      .map((a) => ({ value: a.id, label: a.label, count: counts.attributions.get(a.id) ?? 0 })),
  };
}

/** States first, then "holder not given", then statements. */
function sideOrder(side: string): number {
  return side === 'none' ? 2 : side === 'unknown' ? 1 : 0;
}

export interface FacetValues {
  readonly kinds: readonly EventKind[];
  readonly sides: readonly string[];
  readonly attributions: readonly string[];
}

/**
 * The values each facet can take in this dataset, in panel order: what a URL selection is
 * checked against. No filters and no counts — a cheap pass, unlike buildFacets.
 */
export function facetValuesOf(
  events: readonly TimelineEvent[],
  attributions: readonly { readonly id: string }[],
): FacetValues {
  const present = presentValues(events);
  return {
    kinds: EVENT_KINDS.filter((kind) => present.kinds.has(kind)),
    sides: orderedSides(present).map(([side]) => side),
    attributions: attributions.filter((a) => present.attributed.has(a.id)).map((a) => a.id),
  };
}
