import { passesFilters } from '../domain/filter-events';
import type { FacetName, Filters } from '../domain/filter-events';
import { sideOf } from '../domain/side';
import type { TimelineEvent } from '../domain/types';

/**
 * The facet counts' definition, one option at a time: the events that have the value and pass
 * every other filter. Tests hold the one-pass counting to it.
 */
export function naiveFacetCount(
  events: readonly TimelineEvent[],
  facet: FacetName,
  value: string,
  filters: Filters,
): number {
  return events.filter((e) => {
    const has =
      facet === 'kinds'
        ? e.kind === value
        : facet === 'sides'
          ? sideOf(e) === value
          : e.quotes.some((q) => q.attributionId === value);
    return has && passesFilters(e, filters, facet);
  }).length;
}
