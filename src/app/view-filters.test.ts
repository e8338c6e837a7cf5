import { describe, expect, it } from 'vitest';
import type { FacetValues } from '../domain/facets';
import { DEFAULT_VIEW, parseViewState, serializeViewState } from '../url-state/codec';
import { filterValuesOf, viewPatchOf } from './view-filters';

const HOLDERS = Array.from({ length: 20_000 }, (_, i) => `holder-${i}`);
const AVAILABLE: FacetValues = { kinds: [], sides: HOLDERS, attributions: [] };

/** A panel change, through the URL and back to the panel's values. */
function throughUrl(patch: Parameters<typeof viewPatchOf>[0]) {
  const search = serializeViewState({ ...DEFAULT_VIEW, ...viewPatchOf(patch) });
  return { search, values: filterValuesOf(parseViewState(search), AVAILABLE) };
}

describe('the custody selection through the URL', () => {
  it('unticking one of 20,000 holders is written as "all but" it, and read back', () => {
    const sides = HOLDERS.filter((h) => h !== 'holder-7');
    const { search, values } = throughUrl({ sides, sidesExcept: ['holder-7'] });
    expect(search).toBe('?side=-holder-7');
    expect(values.sides).toStrictEqual(sides);
  });

  it('a short selection is still written as the values ticked', () => {
    const { search, values } = throughUrl({
      sides: ['holder-2', 'holder-1'],
      sidesExcept: HOLDERS.slice(3).concat('holder-0'),
    });
    expect(search).toBe('?side=holder-1,holder-2');
    expect(values.sides).toStrictEqual(['holder-1', 'holder-2']);
  });

  it('"all but" nothing available is everything, and "all but" every holder is nothing', () => {
    expect(filterValuesOf(parseViewState('?side=-elsewhere'), AVAILABLE).sides).toBeNull();
    const everyone = `?side=-${HOLDERS.slice(0, 3).join(',')}`;
    const few: FacetValues = { ...AVAILABLE, sides: HOLDERS.slice(0, 3) };
    expect(filterValuesOf(parseViewState(everyone), few).sides).toStrictEqual([]);
  });
});
