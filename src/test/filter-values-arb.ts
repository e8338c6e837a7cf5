import fc from 'fast-check';
import { DEFAULT_FILTERS, sanitizeFilters } from '../domain/filters/registry';
import type { FilterValues } from '../domain/filters/registry';
import { EVENT_KINDS } from '../domain/kinds';
import { ARBITRARY_START, ATTRIBUTION_IDS, COHORT_IDS, SOURCE_IDS } from './arbitrary-events';

const DAY = 86_400_000;
const subset = <T>(values: readonly T[]) => fc.option(fc.subarray([...values]), { nil: null });

/** Filter values over the values eventsArb uses, plus some no event has. */
export const filterValuesArb: fc.Arbitrary<FilterValues> = fc
  .record({
    kinds: subset(EVENT_KINDS),
    sides: subset(['azerbaijan', 'armenia', 'unknown', 'none', 'elsewhere']),
    sources: subset([...ATTRIBUTION_IDS, 'nobody']),
    citedSources: subset([...SOURCE_IDS, 'nowhere']),
    cohorts: subset([...COHORT_IDS, 'none', 'no-such-cohort']),
    q: fc.constantFrom('', '  ', 'hadrut', 'ELISE', 'released', 'zzz', 'near  baku'),
    range: fc.option(
      fc
        .tuple(fc.integer({ min: -30, max: 1300 }), fc.integer({ min: 1, max: 600 }))
        .map(([d, n]): [number, number] => [
          ARBITRARY_START + d * DAY,
          ARBITRARY_START + (d + n) * DAY,
        ]),
      { nil: null },
    ),
    uncertain: fc.boolean(),
    disputedOnly: fc.boolean(),
  })
  .map((values) => ({ ...NO_FILTER_VALUES, ...values }));

/**
 * No filter: everything shown, as the declarations' defaults say. A filter these tests do not
 * know yet stays at its default, where it lets every event through.
 */
export const NO_FILTER_VALUES: FilterValues = sanitizeFilters(DEFAULT_FILTERS, {
  kinds: [],
  sides: [],
  sources: [],
  citedSources: [],
  cohorts: [],
});
