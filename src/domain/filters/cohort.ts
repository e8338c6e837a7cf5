import { NO_COHORT } from '../event-columns';
import type { FacetFilter } from './declaration';
import { isActiveSelection, listParam, sanitizeSelection } from './selection';
import { isSlug, sorted } from './url-params';

/**
 * `cohort=korven-pass-20` or `cohort=none`: the cohorts shown (an event passes when it belongs
 * to one ticked; `none` is the events that belong to no cohort).
 */
export const cohortFilter: FacetFilter<'cohorts', string, readonly string[] | null> = {
  type: 'facet',
  key: 'cohorts',
  ...listParam('cohort', isSlug, sorted),
  sanitize: sanitizeSelection,
  isActive: isActiveSelection,
  column: (columns) => columns.cohort,
  // The dataset's cohorts in its own order, then the events in none.
  options: (has, { cohorts }) => [
    ...cohorts
      .filter((c) => c.id !== NO_COHORT && has(c.id))
      .map((c) => ({ value: c.id, label: c.label })),
    ...(has(NO_COHORT) ? [{ value: NO_COHORT, label: 'Not in a cohort' }] : []),
  ],
};
