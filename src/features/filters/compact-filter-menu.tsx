import type { Facets } from '../../domain/facets';
import type { FilterValues, OnFilterChange } from './filter-values';
import { SearchAndKinds } from './search-and-kinds';

export interface CompactFilterMenuProps {
  readonly facets: Facets;
  readonly values: FilterValues;
  readonly onChange: OnFilterChange;
  readonly shown: number;
  readonly total: number;
}

/**
 * The embed's filters: kind and search behind one disclosure, so the chart keeps the space. The
 * other filters (custody, who says so, source, cohort, disputed, uncertain dates) are left to
 * the link that embeds the view: an embed shows a chosen story, and its reader narrows it, not
 * rebuilds it.
 */
export function CompactFilterMenu({
  facets,
  values,
  onChange,
  shown,
  total,
}: CompactFilterMenuProps) {
  return (
    <details className="rounded-md border border-edge bg-surface text-sm">
      <summary className="cursor-pointer px-2 py-1 font-semibold">
        Filter · showing {shown} of {total}
      </summary>
      <div className="flex flex-col gap-3 p-2">
        <SearchAndKinds facets={facets} values={values} onChange={onChange} kindHistory="replace" />
      </div>
    </details>
  );
}
