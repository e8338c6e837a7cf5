import { describe, expect, it } from 'vitest';
import { applyFilters, facetValuesOf } from '../../domain/facets';
import { readFilters, sanitizeFilters } from '../../domain/filters/registry';
import { loadMultiSource } from '../../test/multi-source-fixture';
import { exportDescription, filterWords, hasOpenWindow } from './export-facts';

const dataset = loadMultiSource();

/** The filter words for a URL query, as the full view derives its values and facets. */
function wordsFor(query: string): string {
  const labels = dataset;
  const values = sanitizeFilters(
    readFilters(new URLSearchParams(query)),
    facetValuesOf(dataset.events, labels),
  );
  const { facets } = applyFilters(dataset.events, labels, values);
  return filterWords(values, facets);
}

describe('filterWords', () => {
  it('says "No filters" for the default view', () => {
    expect(wordsFor('')).toBe('No filters');
  });

  it('names the kinds and holders ticked, as the panel labels them', () => {
    expect(wordsFor('kind=release,capture&side=belmark')).toBe(
      'Filtered: kinds Captures & arrests, Releases; held by Belmark',
    );
  });

  it('names sources, search, dates and the toggles in words', () => {
    expect(
      wordsFor(
        'src=harbor-watch&q=Vell&from=2019-05-01T00:00Z&to=2019-06-01T00:00Z&uncertain=hide&disputed=only',
      ),
    ).toBe(
      'Filtered: sources: Harbor Rights Watch; search “Vell”; dates 1 May 2019 – 31 May 2019; uncertain dates hidden; only events whose sources disagree',
    );
  });
});

describe('exportDescription', () => {
  it('counts what is shown, against the dataset when filtered, and names the publishers', () => {
    const shown = dataset.events.slice(0, 2);
    expect(exportDescription(shown, dataset.events.length, dataset.sources)).toMatch(
      new RegExp(
        `^Timeline chart of 2 events: .+ \\(of ${dataset.events.length} in the dataset\\)\\. Sources: Northwind Courier; Harbor Rights Watch; Ministry of Foreign Affairs of Belmark\\.$`,
      ),
    );
  });
});

describe('hasOpenWindow', () => {
  it('is true only when an event shown has no start or no end', () => {
    // The fixture's events all have both edges.
    expect(hasOpenWindow(dataset.events)).toBe(false);
    const [first, ...rest] = dataset.events;
    if (!first) throw new Error('the fixture has no events');
    const reported = { ...first, window: { ...first.window, start: null } };
    expect(hasOpenWindow([reported, ...rest])).toBe(true);
    const openEnded = { ...first, window: { ...first.window, end: null } };
    expect(hasOpenWindow([openEnded])).toBe(true);
  });
});
