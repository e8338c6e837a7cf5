import type { Filters } from '../domain/filter-events';
import type { FacetValues } from '../domain/facets';
import type { FilterValues } from '../features/filters/filter-values';
import { DEFAULT_VIEW } from '../url-state/codec';
import type { ViewState } from '../url-state/codec';

/**
 * Keeps a URL selection to values this dataset has. An explicit empty list stays empty
 * (everything unticked); a list of nothing but unknown values falls back to "all", so a link
 * written for another dataset, or a typo, shows the default view rather than an empty one.
 */
export function sanitizeSelection<T extends string>(
  selected: readonly T[] | null,
  available: readonly T[],
): T[] | null {
  if (selected === null) return null;
  if (selected.length === 0) return [];
  // A Set: a facet of free-text holders can offer 20,000 values, and a link can name them all.
  const wanted = new Set(selected);
  const kept = available.filter((v) => wanted.has(v));
  return kept.length > 0 ? kept : null;
}

/** `side=-a,b`: the available values but these; everything when none of them is available. */
function allBut<T extends string>(left: readonly T[], available: readonly T[]): T[] | null {
  const out = new Set(left);
  const kept = available.filter((v) => !out.has(v));
  return kept.length === available.length ? null : kept;
}

/** The panel's values for a URL view, sanitised against the dataset's facets. */
export function filterValuesOf(view: ViewState, available: FacetValues): FilterValues {
  return {
    kinds: sanitizeSelection(view.kinds, available.kinds),
    sides:
      view.sidesExcept === null
        ? sanitizeSelection(view.sides, available.sides)
        : allBut(view.sidesExcept, available.sides),
    sources: sanitizeSelection(view.sources, available.attributions),
    q: view.q,
    range: view.from !== null && view.to !== null ? [view.from, view.to] : null,
    uncertain: view.uncertain,
  };
}

export function filtersOf(values: FilterValues): Filters {
  return {
    kinds: values.kinds && new Set(values.kinds),
    sides: values.sides && new Set(values.sides),
    attributions: values.sources && new Set(values.sources),
    query: values.q,
    range: values.range,
    includeUncertain: values.uncertain,
  };
}

/** The URL patch for a panel change. */
export function viewPatchOf(patch: Partial<FilterValues>): Partial<ViewState> {
  const out: { -readonly [K in keyof ViewState]?: ViewState[K] } = {};
  if ('kinds' in patch) out.kinds = patch.kinds ?? null;
  if ('sides' in patch) {
    const except = patch.sidesExcept;
    const shorter = except !== undefined && except.length < (patch.sides?.length ?? 0);
    out.sides = shorter ? null : (patch.sides ?? null);
    out.sidesExcept = shorter ? except : null;
  }
  if ('sources' in patch) out.sources = patch.sources ?? null;
  if (patch.q !== undefined) out.q = patch.q;
  if (patch.uncertain !== undefined) out.uncertain = patch.uncertain;
  if ('range' in patch) {
    out.from = patch.range?.[0] ?? null;
    out.to = patch.range?.[1] ?? null;
  }
  return out;
}

/** Every filter back to its default; the dataset and the selection are kept. */
export const RESET_FILTERS: Partial<ViewState> = {
  kinds: DEFAULT_VIEW.kinds,
  sides: DEFAULT_VIEW.sides,
  sidesExcept: DEFAULT_VIEW.sidesExcept,
  sources: DEFAULT_VIEW.sources,
  q: DEFAULT_VIEW.q,
  from: DEFAULT_VIEW.from,
  to: DEFAULT_VIEW.to,
  uncertain: DEFAULT_VIEW.uncertain,
};

export function hasActiveFilters(values: FilterValues): boolean {
  return (
    values.kinds !== null ||
    values.sides !== null ||
    values.sources !== null ||
    values.q.trim() !== '' ||
    values.range !== null ||
    !values.uncertain
  );
}
