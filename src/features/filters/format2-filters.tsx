import { useId, useMemo } from 'react';
import type { Facets } from '../../domain/facets';
import { countOf } from '../../domain/format';
import type { TimelineEvent } from '../../domain/types';
import { FacetGroup } from './facet-group';
import { FACET_LIMIT } from './facet-shortlist';
import type { FilterValues, OnFilterChange } from './filter-values';

/**
 * A group is worth showing when it offers a choice, or when the URL has set it (a link's choice
 * stays visible and can be undone). A dataset with one source or one cohort gets no group: one
 * checkbox that can only empty the view is noise. Its URL parameter works all the same.
 */
export function offersChoice(
  options: readonly unknown[],
  selected: readonly string[] | null,
): boolean {
  return options.length > 1 || selected !== null;
}

export interface SourceAndCohortProps {
  readonly facets: Facets;
  readonly values: FilterValues;
  readonly onChange: OnFilterChange;
}

/** Which source cites the event (`src=`), beside "Who says so", which names the voice. */
export function SourceGroup({ facets, values, onChange }: SourceAndCohortProps) {
  if (!offersChoice(facets.citedSources, values.citedSources)) return null;
  return (
    <FacetGroup
      legend="Source"
      options={facets.citedSources}
      selected={values.citedSources}
      onChange={(citedSources) => {
        onChange({ citedSources }, 'push');
      }}
      limit={FACET_LIMIT}
      noun="sources"
    />
  );
}

/** The groups of people followed across events (`cohort=`); "Not in a cohort" is `none`. */
export function CohortGroup({ facets, values, onChange }: SourceAndCohortProps) {
  if (!offersChoice(facets.cohorts, values.cohorts)) return null;
  return (
    <FacetGroup
      legend="Cohort"
      options={facets.cohorts}
      selected={values.cohorts}
      onChange={(cohorts) => {
        onChange({ cohorts }, 'push');
      }}
      limit={FACET_LIMIT}
      noun="cohorts"
    />
  );
}

export interface DisputedToggleProps {
  readonly only: boolean;
  readonly onChange: OnFilterChange;
  readonly events: readonly TimelineEvent[];
  /** The events every filter lets through. */
  readonly visible: readonly TimelineEvent[];
}

function countDisputed(events: readonly TimelineEvent[]): number {
  let n = 0;
  for (const event of events) if (event.dispute !== null) n++;
  return n;
}

/**
 * "Disputed only" (`disputed=only`), with its live count: the disputed events the other filters
 * let through, which are the disputed visible ones whether the toggle is on or off. Left out
 * when no event is disputed (unless a link turned it on, so it can be turned off).
 */
export function DisputedToggle({ only, onChange, events, visible }: DisputedToggleProps) {
  const any = useMemo(() => events.some((e) => e.dispute !== null), [events]);
  const count = useMemo(() => countDisputed(visible), [visible]);
  const hintId = useId();
  if (!any && !only) return null;
  return (
    <label className="flex items-start gap-2 text-sm">
      <input
        type="checkbox"
        className="mt-0.5 size-4 accent-accent"
        checked={only}
        aria-label={`Disputed only, ${countOf(count, 'event')}`}
        aria-describedby={hintId}
        onChange={(e) => {
          onChange({ disputedOnly: e.target.checked }, 'push');
        }}
      />
      <span className="flex-1">
        Disputed only
        <span id={hintId} className="block text-muted">
          events whose sources disagree on a count or a date
        </span>
      </span>
      <span className="tabular-nums text-muted" aria-hidden="true">
        {count}
      </span>
    </label>
  );
}
