/**
 * Ticks or unticks one value of a facet whose selection is `null` (everything) or a list.
 * Ticking the last missing value returns to `null`, so "everything" has one spelling in the URL.
 */
export function toggleValue<T extends string>(
  selected: readonly T[] | null,
  all: readonly T[],
  value: T,
  checked: boolean,
): T[] | null {
  const current = selected ?? all;
  const next = checked ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const complete = all.every((v) => next.includes(v));
  return complete ? null : all.filter((v) => next.includes(v));
}
