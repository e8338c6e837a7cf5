import { SIDE_SLUG, sideLabel } from '../side';
import type { FacetFilter } from './declaration';
import { isActiveSelection, sanitizeSelection, singleValued } from './selection';
import { readList, readParam, sorted } from './url-params';

/**
 * A custody selection as the URL holds it: the holders ticked, or (`side=-a,b`) every holder
 * but these — the same selection written by what it leaves out, which stays short when one of
 * thousands of holders is unticked.
 */
export type SideSelection = readonly string[] | { readonly except: readonly string[] } | null;

// Holders are slugged in any script (see slugify): `side=азербайджан` is as valid as `armenia`.
const isSide = (v: string): v is string => SIDE_SLUG.test(v);

/** States first, then "holder not given", then statements. */
function sideOrder(side: string): number {
  return side === 'none' ? 2 : side === 'unknown' ? 1 : 0;
}

/** The selection in its shorter URL form: the values ticked, or all but those left out. */
export function shorterSelection(
  selected: readonly string[] | null,
  leftOut: readonly string[],
): SideSelection {
  return selected !== null && leftOut.length < selected.length ? { except: leftOut } : selected;
}

/** `side=azerbaijan,armenia` or `side=-a,b`: whose custody is shown (see sideOf). */
export const sideFilter: FacetFilter<'sides', string, SideSelection> = {
  type: 'facet',
  key: 'sides',
  params: ['side'],
  initial: null,
  read(params) {
    const side = readParam(params, 'side');
    // Slugs never start with a hyphen, so a leading one can only mean "all but".
    if (side?.startsWith('-')) {
      const except = readList(side.slice(1), isSide);
      return except && except.length > 0 ? { except: sorted(except) } : null;
    }
    const sides = readList(side, isSide);
    return sides && sorted(sides);
  },
  write(selection) {
    if (selection === null) return [];
    if (!('except' in selection)) return [['side', sorted(selection).join(',')]];
    return selection.except.length > 0 ? [['side', `-${sorted(selection.except).join(',')}`]] : [];
  },
  sanitize(selection, available) {
    if (selection === null || !('except' in selection))
      return sanitizeSelection(selection, available);
    // "All but" nothing available is everything.
    const out = new Set(selection.except);
    const kept = available.filter((v) => !out.has(v));
    return kept.length === available.length ? null : kept;
  },
  isActive: isActiveSelection,
  column: (columns) => singleValued(columns.sides, columns.side),
  options: (has, { columns }) =>
    columns.sides
      .map((side, i) => ({ value: side, label: sideLabel(side, columns.sideHolders[i] ?? null) }))
      .filter((o) => has(o.value))
      // Slugs are ASCII, so code-unit order is alphabetical; localeCompare's first call loads
      // the ICU collator, which cost ~34 ms of the first paint.
      .sort(
        (a, b) =>
          sideOrder(a.value) - sideOrder(b.value) ||
          (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
      ),
};
