import { useMemo } from 'react';
import { applyFilters, facetValuesOf } from '../domain/facets';
import type { Facets } from '../domain/facets';
import { foldedTextOf } from '../domain/filters/search';
import { hasActiveFilters, sanitizeFilters } from '../domain/filters/registry';
import { useIdleWarmup } from '../hooks/use-idle-warmup';
import { useStableByKey } from '../hooks/use-stable-by-key';
import { boundedExtent, summarizeEvents } from '../domain/summarize';
import type { Dataset, TimelineEvent } from '../domain/types';
import type { FilterValues } from '../features/filters/filter-values';
import type { ViewState } from '../url-state/codec';

export interface TimelineView {
  readonly values: FilterValues;
  readonly facets: Facets;
  readonly visible: readonly TimelineEvent[];
  readonly isFiltered: boolean;
  readonly summary: string;
  readonly extent: readonly [number, number] | null;
  readonly maxCount: number;
}

/**
 * Everything derived from the dataset and the URL view, memoised: the sanitised filter values,
 * facets with live counts, the visible events, and the whole-dataset scales' inputs (so that
 * filtering never rescales the axis or the mark areas).
 */
export function useTimelineView(dataset: Dataset, view: ViewState): TimelineView {
  const { events, attributions, sources, cohorts } = dataset;
  // The lists facets label their options from: same lists, same object, so the memos hold.
  const labels = useMemo(
    () => ({ attributions, sources, cohorts }),
    [attributions, sources, cohorts],
  );
  // The first search would fold every event's text; fold it while the page is idle instead.
  useIdleWarmup(events, foldedTextOf);
  const available = useMemo(() => facetValuesOf(events, labels), [events, labels]);
  const fresh = sanitizeFilters(view, available);
  // Keyed by content: a URL change that leaves the filters alone (selecting an event) must not
  // re-filter every event.
  const values = useStableByKey(fresh, JSON.stringify(fresh));
  const { facets, visible } = useMemo(
    () => applyFilters(events, labels, values),
    [events, labels, values],
  );
  return {
    values,
    facets,
    visible,
    isFiltered: hasActiveFilters(values),
    summary: useMemo(() => summarizeEvents(events), [events]),
    extent: useMemo(() => boundedExtent(events), [events]),
    maxCount: useMemo(() => maxPeople(events), [events]),
  };
}

/** The largest people count (at least 1). A loop: spreading 100,000 values overflows the stack. */
function maxPeople(events: readonly TimelineEvent[]): number {
  let max = 1;
  for (const event of events) max = Math.max(max, event.people?.value ?? 0);
  return max;
}
