import { symbol } from 'd3-shape';
import { KIND_LABELS } from '../../domain/kinds';
import type { EventKind } from '../../domain/kinds';
import type { Facets } from '../../domain/facets';
import type { TimelineEvent } from '../../domain/types';
import { KIND_STYLE } from '../../lib/kind-style';
import { CopyLinkButton } from '../../ui/copy-link-button';
import { FacetGroup } from './facet-group';
import type { FilterValues, OnFilterChange } from './filter-values';
import { SearchBox } from './search-box';
import { TimeWindow } from './time-window';

const SWATCH = 16;

function KindSwatch({ kind }: { kind: EventKind }) {
  return (
    <svg width={SWATCH} height={SWATCH} viewBox="-8 -8 16 16" aria-hidden="true">
      <path d={symbol(KIND_STYLE[kind].symbol, 90)() ?? ''} fill={KIND_STYLE[kind].color} />
    </svg>
  );
}

export interface FilterPanelProps {
  readonly facets: Facets;
  readonly values: FilterValues;
  readonly onChange: OnFilterChange;
  readonly onReset: () => void;
  readonly shown: number;
  readonly total: number;
  readonly isFiltered: boolean;
  readonly events: readonly TimelineEvent[];
  readonly visibleIds: ReadonlySet<string>;
  readonly extent: readonly [number, number] | null;
  readonly fallbackEnd: number;
}

/** Every way to narrow the timeline, each written to the URL so the view is one shareable link. */
export function FilterPanel(props: FilterPanelProps) {
  const { facets, values, onChange, onReset, shown, total, isFiltered } = props;
  return (
    <div className="flex flex-col gap-4" data-testid="filter-panel">
      <div className="flex flex-col gap-2">
        <p className="text-sm font-semibold" aria-live="polite" data-testid="showing">
          Showing {shown} of {total} events
        </p>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            onClick={onReset}
            disabled={!isFiltered}
            className="rounded-md border border-[var(--ct-border)] px-2 py-1 text-sm hover:bg-[var(--ct-hover)] disabled:opacity-40"
          >
            Reset filters
          </button>
          <CopyLinkButton />
        </div>
      </div>
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
          onChange({ kinds }, 'push');
        }}
        swatch={(kind) => <KindSwatch kind={kind} />}
        labelOf={(o) => KIND_LABELS[o.value]}
      />
      <FacetGroup
        legend="Whose custody"
        options={facets.sides}
        selected={values.sides}
        onChange={(sides) => {
          onChange({ sides }, 'push');
        }}
      />
      <FacetGroup
        legend="Who says so"
        options={facets.attributions}
        selected={values.sources}
        onChange={(sources) => {
          onChange({ sources }, 'push');
        }}
      />
      <TimeWindow
        events={props.events}
        visibleIds={props.visibleIds}
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
          className="mt-0.5 size-4 accent-[var(--ct-accent)]"
          checked={values.uncertain}
          onChange={(e) => {
            onChange({ uncertain: e.target.checked }, 'push');
          }}
        />
        <span>
          Show events whose date is uncertain or not given
          <span className="block text-[var(--ct-muted)]">
            drawn as the window the article allows
          </span>
        </span>
      </label>
    </div>
  );
}
