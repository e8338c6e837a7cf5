/**
 * Ticks or unticks one value of a facet whose selection is `null` (everything) or a list.
 * Ticking the last missing value returns to `null`, so "everything" has one spelling in the URL.
 * Linear in the number of values: a facet of free-text holders can have 20,000 of them.
 */
export function toggleValue<T extends string>(
  selected: readonly T[] | null,
  all: readonly T[],
  value: T,
  checked: boolean,
): T[] | null {
  const next = new Set(selected ?? all);
  if (checked) next.add(value);
  else next.delete(value);
  const kept = all.filter((v) => next.has(v));
  return kept.length === all.length ? null : kept;
}
