import type { FacetOption } from '../../domain/facets';
import { foldText } from '../../domain/filters/search';

/** Options a facet lists before it asks for a search: enough for states, few enough to scan. */
export const FACET_LIMIT = 12;

export interface Shortlist<V extends string> {
  /** The options to list, in the facet's own order. */
  readonly shown: readonly FacetOption<V>[];
  /** Options matching the search (all of them when it is empty). */
  readonly matching: number;
}

/**
 * Which options of a long facet to list: those matching the search (label, case and accents
 * folded), the ticked ones of a short selection first (so a link's choice is always visible),
 * then the largest counts, up to `limit` — listed in the facet's order, so the list does not
 * reshuffle as counts change.
 */
export function shortlist<V extends string>(
  options: readonly FacetOption<V>[],
  selected: readonly V[] | null,
  query: string,
  limit: number,
): Shortlist<V> {
  const needle = foldText(query.trim());
  const matches =
    needle === '' ? options : options.filter((o) => foldText(o.label).includes(needle));
  const pinned = new Set(selected !== null && selected.length <= limit ? selected : []);
  const order = new Map(options.map((o, i) => [o.value, i]));
  const picked = [...matches]
    .sort(
      (a, b) =>
        Number(pinned.has(b.value)) - Number(pinned.has(a.value)) ||
        b.count - a.count ||
        (order.get(a.value) ?? 0) - (order.get(b.value) ?? 0),
    )
    .slice(0, limit)
    .sort((a, b) => (order.get(a.value) ?? 0) - (order.get(b.value) ?? 0));
  return { shown: picked, matching: matches.length };
}
