import { describe, expect, it } from 'vitest';
import { loadMultiSource } from '../../test/multi-source-fixture';
import { NO_FILTER_VALUES } from '../../test/filter-values-arb';
import { DEFAULT_VIEW, parseViewState, serializeViewState } from '../../url-state/codec';
import { applyFilters, facetValuesOf } from '../facets';
import type { TimelineEvent } from '../types';
import { sourceLabels } from './cited-source';
import { sanitizeFilters } from './registry';
import type { FilterValues } from './registry';

const dataset = loadMultiSource();
const { events } = dataset;
const available = facetValuesOf(events, dataset);

/** The panel's values for a query string, checked against the fixture. */
const valuesOf = (search: string) => sanitizeFilters(parseViewState(search), available);
const visibleIds = (values: FilterValues, list: readonly TimelineEvent[] = events) =>
  applyFilters(list, dataset, values).visible.map((e) => e.id);
const counted = (options: readonly { value: string; label: string; count: number }[]) =>
  options.map((o) => [o.value, o.label, o.count]);

describe('the format 2 filters in the URL', () => {
  it('reads src=, cohort= and disputed=only, and writes them back canonically', () => {
    const view = parseViewState(
      '?src=harbor-watch,courier&cohort=none,korven-pass-20&disputed=only',
    );
    expect(view.citedSources).toStrictEqual(['courier', 'harbor-watch']);
    expect(view.cohorts).toStrictEqual(['korven-pass-20', 'none']);
    expect(view.disputedOnly).toBe(true);
    expect(view.sources).toBeNull();
    expect(serializeViewState(view)).toBe(
      '?src=courier,harbor-watch&cohort=korven-pass-20,none&disputed=only',
    );
  });

  it('source= keeps meaning the attributions ("who says so"); src= is the sources', () => {
    const view = parseViewState('?source=courier');
    expect(view.sources).toStrictEqual(['courier']);
    expect(view.citedSources).toBeNull();
    expect(
      serializeViewState({
        ...DEFAULT_VIEW,
        sources: ['harbor-watch'],
        citedSources: ['ministry'],
      }),
    ).toBe('?source=harbor-watch&src=ministry');
  });

  it('defaults write nothing; empty lists mean nothing ticked; garbage falls back', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(serializeViewState({ ...DEFAULT_VIEW, citedSources: [], cohorts: [] })).toBe(
      '?src=&cohort=',
    );
    const garbage = parseViewState('?src=Not%20A%20Slug&cohort=-x&disputed=yes');
    expect([garbage.citedSources, garbage.cohorts, garbage.disputedOnly]).toStrictEqual([
      null,
      null,
      false,
    ]);
  });

  it('ids this dataset does not have are dropped, as for the other filters', () => {
    expect(valuesOf('?src=courier,nowhere').citedSources).toStrictEqual(['courier']);
    expect(valuesOf('?src=nowhere').citedSources).toBeNull();
    expect(valuesOf('?cohort=korven-pass-20,hadrut-64').cohorts).toStrictEqual(['korven-pass-20']);
    // Every event of the fixture is in a cohort: "none" is not an option here.
    expect(valuesOf('?cohort=none').cohorts).toBeNull();
  });
});

describe('the format 2 filters on the multi-source fixture', () => {
  it('offers each source by publisher and the cohort by label, each counted', () => {
    const { facets } = applyFilters(events, dataset, NO_FILTER_VALUES);
    expect(counted(facets.citedSources)).toStrictEqual([
      ['courier', 'Northwind Courier', 4],
      ['harbor-watch', 'Harbor Rights Watch', 2],
      ['ministry', 'Ministry of Foreign Affairs of Belmark', 1],
    ]);
    expect(counted(facets.cohorts)).toStrictEqual([
      ['korven-pass-20', 'The 20 taken at Korven Pass', 4],
    ]);
  });

  it('src=harbor-watch keeps the two events Harbor Rights Watch is cited for', () => {
    expect(visibleIds(valuesOf('?src=harbor-watch'))).toStrictEqual([
      'release-korven-pass',
      'held-korven-pass',
    ]);
  });

  it('disputed=only keeps the two disputed events, and counts sources among them', () => {
    const values = valuesOf('?disputed=only');
    expect(visibleIds(values)).toStrictEqual(['release-korven-pass', 'held-korven-pass']);
    const { facets } = applyFilters(events, dataset, values);
    expect(counted(facets.citedSources)).toStrictEqual([
      ['courier', 'Northwind Courier', 2],
      ['harbor-watch', 'Harbor Rights Watch', 2],
      ['ministry', 'Ministry of Foreign Affairs of Belmark', 1],
    ]);
  });

  it('cohort=korven-pass-20 keeps its four events; cohort=none the events in no cohort', () => {
    expect(visibleIds(valuesOf('?cohort=korven-pass-20'))).toStrictEqual([
      'capture-korven-pass',
      'sentence-korven-pass',
      'release-korven-pass',
      'held-korven-pass',
    ]);
    const loose = events.map((e) =>
      e.id === 'sentence-korven-pass' ? { ...e, cohortIds: [] } : e,
    );
    const values = sanitizeFilters(parseViewState('?cohort=none'), facetValuesOf(loose, dataset));
    expect(visibleIds(values, loose)).toStrictEqual(['sentence-korven-pass']);
    expect(counted(applyFilters(loose, dataset, values).facets.cohorts)).toStrictEqual([
      ['korven-pass-20', 'The 20 taken at Korven Pass', 3],
      ['none', 'Not in a cohort', 1],
    ]);
  });

  it('a ticked source counts what ticking it would show when others are ticked', () => {
    const values = valuesOf('?src=ministry');
    expect(visibleIds(values)).toStrictEqual(['release-korven-pass']);
    const { facets } = applyFilters(events, dataset, values);
    // The source facet ignores its own ticks; the cohort facet counts the one event shown.
    expect(facets.citedSources.map((o) => o.count)).toStrictEqual([4, 2, 1]);
    expect(facets.cohorts.map((o) => o.count)).toStrictEqual([1]);
  });
});

describe('sourceLabels', () => {
  it('adds the title only where two sources share a publisher', () => {
    const labels = sourceLabels([
      { id: 'a', publisher: 'Harbor Rights Watch', title: 'Detention update, June 2019' },
      { id: 'b', publisher: 'Northwind Courier', title: 'Belmark frees prisoners' },
      { id: 'c', publisher: 'Harbor Rights Watch', title: 'Annual report' },
    ]);
    expect([...labels]).toStrictEqual([
      ['a', 'Harbor Rights Watch: Detention update, June 2019'],
      ['b', 'Northwind Courier'],
      ['c', 'Harbor Rights Watch: Annual report'],
    ]);
  });
});
