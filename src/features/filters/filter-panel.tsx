import type { Facets } from '../../domain/facets';
import { countOf, groupThousands } from '../../domain/format';
import { shorterSelection } from '../../domain/filters/side';
import type { TimelineEvent } from '../../domain/types';
import { FacetGroup } from './facet-group';
import { FACET_LIMIT } from './facet-shortlist';
import type { FilterValues, OnFilterChange } from './filter-values';
import { CohortGroup, DisputedToggle, SourceGroup } from './format2-filters';
import { SearchAndKinds } from './search-and-kinds';
import { TimeWindowFields } from './time-window-fields';

export interface FilterPanelProps {
  readonly facets: Facets;
  readonly values: FilterValues;
  readonly onChange: OnFilterChange;
  readonly onReset: () => void;
  readonly shown: number;
  readonly total: number;
  readonly isFiltered: boolean;
  readonly events: readonly TimelineEvent[];
  /** The events the other filters let through (the strip greys out the rest). */
  readonly visible: readonly TimelineEvent[];
  readonly extent: readonly [number, number] | null;
  readonly fallbackEnd: number;
}

/** The options a selection leaves out (for the URL's shorter "all but" form). */
function leftOut(
  options: readonly { readonly value: string }[],
  selected: readonly string[] | null,
) {
  if (selected === null) return [];
  const kept = new Set(selected);
  return options.map((o) => o.value).filter((v) => !kept.has(v));
}

/** Every way to narrow the timeline, each written to the URL so the view is one shareable link. */
export function FilterPanel(props: FilterPanelProps) {
  const { facets, values, onChange, onReset, shown, total, isFiltered } = props;
  return (
    <div className="flex flex-col gap-4" data-testid="filter-panel">
      <div className="flex flex-col gap-2">
        <p className="text-sm font-semibold" aria-live="polite" data-testid="showing">
          Showing {groupThousands(shown)} of {countOf(total, 'event')}
        </p>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            onClick={onReset}
            disabled={!isFiltered}
            className="rounded-md border border-edge px-2 py-1 text-sm hover:bg-hover disabled:opacity-40"
          >
            Reset filters
          </button>
        </div>
      </div>
      <SearchAndKinds facets={facets} values={values} onChange={onChange} kindHistory="push" />
      <FacetGroup
        legend="Held by"
        options={facets.sides}
        selected={values.sides}
        onChange={(sides) => {
          onChange({ sides: shorterSelection(sides, leftOut(facets.sides, sides)) }, 'push');
        }}
        limit={FACET_LIMIT}
        noun="holders"
      />
      <FacetGroup
        legend="Who says so"
        options={facets.sources}
        selected={values.sources}
        onChange={(sources) => {
          onChange({ sources }, 'push');
        }}
        limit={FACET_LIMIT}
        noun="voices"
      />
      <SourceGroup facets={facets} values={values} onChange={onChange} />
      <CohortGroup facets={facets} values={values} onChange={onChange} />
      <TimeWindowFields
        events={props.events}
        visible={props.visible}
        extent={props.extent}
        fallbackEnd={props.fallbackEnd}
        range={values.range}
        onCommit={(range) => {
          onChange({ range }, 'push');
        }}
      />
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-0.5 size-4 accent-accent"
          checked={values.uncertain}
          onChange={(e) => {
            onChange({ uncertain: e.target.checked }, 'push');
          }}
        />
        <span>
          Show events whose date is uncertain or not given
          <span className="block text-muted">drawn as the window the article allows</span>
        </span>
      </label>
      <DisputedToggle
        only={values.disputedOnly}
        onChange={onChange}
        events={props.events}
        visible={props.visible}
      />
    </div>
  );
}
