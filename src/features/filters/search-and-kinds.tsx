import { KIND_LABELS } from '../../domain/kinds';
import type { Facets } from '../../domain/facets';
import { KindSwatch } from '../../ui/kind-swatch';
import { FacetGroup } from './facet-group';
import type { FilterValues, HistoryMode, OnFilterChange } from './filter-values';
import { SearchBox } from './search-box';

export interface SearchAndKindsProps {
  readonly facets: Facets;
  readonly values: FilterValues;
  readonly onChange: OnFilterChange;
  /** How a kind toggle enters history (the embed never pushes onto its host's Back button). */
  readonly kindHistory: HistoryMode;
}

/** The two filters every view offers: search, and the kind checkboxes with lane swatches. */
export function SearchAndKinds({ facets, values, onChange, kindHistory }: SearchAndKindsProps) {
  return (
    <>
      <SearchBox
        value={values.q}
        onCommit={(q) => {
          onChange({ q }, 'replace');
        }}
      />
      <FacetGroup
        legend="Kind of event"
        options={facets.kinds}
        selected={values.kinds}
        onChange={(kinds) => {
          onChange({ kinds }, kindHistory);
        }}
        swatch={(kind) => <KindSwatch kind={kind} size={16} />}
        labelOf={(o) => KIND_LABELS[o.value]}
      />
    </>
  );
}
