import type { FacetColumn, UrlPairs } from './declaration';
import { readList, readParam } from './url-params';

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
  const wanted = new Set<string>(selected);
  const kept = available.filter((v) => wanted.has(v));
  return kept.length > 0 ? kept : null;
}

/** A facet column with one value per event (`ids[i]`). */
export function singleValued(names: readonly string[], ids: ArrayLike<number>): FacetColumn {
  return { names, ids, starts: null };
}

export const isActiveSelection = (value: readonly string[] | null): boolean => value !== null;

/**
 * The URL side of a facet written as one comma list (`kind=capture,release`), null (all) by
 * default: read as readList does, and written in one canonical order, so that one selection
 * has one URL.
 */
export function listParam<T extends string>(
  name: string,
  isValid: (v: string) => v is T,
  canonical: (values: readonly T[]) => T[],
) {
  return {
    params: [name],
    initial: null,
    read(params: URLSearchParams): readonly T[] | null {
      const values = readList(readParam(params, name), isValid);
      return values && canonical(values);
    },
    write: (values: readonly T[] | null): UrlPairs =>
      values === null ? [] : [[name, canonical(values).join(',')]],
  };
}
