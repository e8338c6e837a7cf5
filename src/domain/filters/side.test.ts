import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewState, serializeViewState } from '../../url-state/codec';
import { sanitizeFilters } from './registry';
import type { FacetValues } from './registry';
import { shorterSelection } from './side';

const HOLDERS = Array.from({ length: 20_000 }, (_, i) => `holder-${i}`);
const AVAILABLE: FacetValues = {
  kinds: [],
  sides: HOLDERS,
  sources: [],
  citedSources: [],
  cohorts: [],
};

/** A panel change, through the URL and back to the panel's values. */
function throughUrl(selected: readonly string[], leftOut: readonly string[]) {
  const search = serializeViewState({
    ...DEFAULT_VIEW,
    sides: shorterSelection(selected, leftOut),
  });
  return { search, values: sanitizeFilters(parseViewState(search), AVAILABLE) };
}

describe('the custody selection through the URL', () => {
  it('unticking one of 20,000 holders is written as "all but" it, and read back', () => {
    const sides = HOLDERS.filter((h) => h !== 'holder-7');
    const { search, values } = throughUrl(sides, ['holder-7']);
    expect(search).toBe('?side=-holder-7');
    expect(values.sides).toStrictEqual(sides);
  });

  it('a short selection is still written as the values ticked', () => {
    const { search, values } = throughUrl(
      ['holder-2', 'holder-1'],
      HOLDERS.slice(3).concat('holder-0'),
    );
    expect(search).toBe('?side=holder-1,holder-2');
    expect(values.sides).toStrictEqual(['holder-1', 'holder-2']);
  });

  it('"all but" nothing available is everything, and "all but" every holder is nothing', () => {
    expect(sanitizeFilters(parseViewState('?side=-elsewhere'), AVAILABLE).sides).toBeNull();
    const everyone = `?side=-${HOLDERS.slice(0, 3).join(',')}`;
    const few: FacetValues = { ...AVAILABLE, sides: HOLDERS.slice(0, 3) };
    expect(sanitizeFilters(parseViewState(everyone), few).sides).toStrictEqual([]);
  });
});
