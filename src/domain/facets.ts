import { EVENT_KINDS } from './kinds';
import type { EventKind } from './kinds';
import { passesFilters } from './filter-events';
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

function countWhere(
  events: readonly TimelineEvent[],
  filters: Filters,
  facet: FacetName,
  has: (event: TimelineEvent) => boolean,
): number {
  return events.filter((e) => has(e) && passesFilters(e, filters, facet)).length;
}

/** The filter panel's options with live counts; options that no event has are left out. */
export function buildFacets(
  events: readonly TimelineEvent[],
  attributions: readonly { readonly id: string; readonly label: string }[],
  filters: Filters,
): Facets {
  const sides = new Map<string, string | null>();
  for (const event of events) sides.set(sideOf(event), event.people?.heldBy ?? null);
  return {
    kinds: EVENT_KINDS.filter((kind) => events.some((e) => e.kind === kind)).map((kind) => ({
      value: kind,
      label: kind,
      count: countWhere(events, filters, 'kinds', (e) => e.kind === kind),
    })),
    sides: [...sides.entries()]
      .sort(([a], [b]) => sideOrder(a) - sideOrder(b) || a.localeCompare(b))
      .map(([side, heldBy]) => ({
        value: side,
        label: sideLabel(side, heldBy),
        count: countWhere(events, filters, 'sides', (e) => sideOf(e) === side),
      })),
    attributions: attributions
      .filter((a) => events.some((e) => e.quotes.some((q) => q.attributionId === a.id)))
      .map((a) => ({
        value: a.id,
        label: a.label,
        count: countWhere(events, filters, 'attributions', (e) =>
          e.quotes.some((q) => q.attributionId === a.id),
        ),
      })),
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

/** The values each facet can take in this dataset (no counts, no filters). */
export function facetValues(facets: Facets): FacetValues {
  return {
    kinds: facets.kinds.map((o) => o.value),
    sides: facets.sides.map((o) => o.value),
    attributions: facets.attributions.map((o) => o.value),
  };
}
