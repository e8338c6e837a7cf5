import { useId, useMemo, useState } from 'react';
import { countOf } from '../../domain/format';
import type { ReactNode } from 'react';
import type { FacetOption } from '../../domain/facets';
import { shortlist } from './facet-shortlist';
import { toggleValue } from './toggle-value';

export interface FacetGroupProps<V extends string> {
  readonly legend: string;
  readonly options: readonly FacetOption<V>[];
  readonly selected: readonly V[] | null;
  readonly onChange: (next: V[] | null) => void;
  readonly swatch?: (value: V) => ReactNode;
  readonly labelOf?: (option: FacetOption<V>) => string;
  /**
   * Past this many options the group lists the largest and offers a search for the rest (free-text
   * values, such as holders, can number in the thousands). Unset: every option is listed.
   */
  readonly limit?: number;
  /** What the options are, plural, for the search ("holders"). */
  readonly noun?: string;
}

const SMALL_BUTTON =
  'rounded-md border border-edge px-2 py-0.5 text-xs hover:bg-hover disabled:opacity-40';

/** One facet as a fieldset of checkboxes, each with its live count. */
export function FacetGroup<V extends string>(props: FacetGroupProps<V>) {
  const { legend, options, selected, onChange, swatch, labelOf, limit, noun = 'options' } = props;
  const [query, setQuery] = useState('');
  const searchId = useId();
  const all = useMemo(() => options.map((o) => o.value), [options]);
  const ticked = useMemo(() => (selected === null ? null : new Set(selected)), [selected]);
  const long = limit !== undefined && options.length > limit;
  const list = useMemo(
    () => (long ? shortlist(options, selected, query, limit) : null),
    [long, options, selected, query, limit],
  );
  const shown = list?.shown ?? options;
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      {long && (
        <div className="mb-1 flex flex-col gap-1">
          <label htmlFor={searchId} className="text-sm">
            Find {noun} ({options.length.toLocaleString('en-GB')} in all)
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            autoComplete="off"
            className="rounded-md border border-edge bg-surface px-2 py-1 text-sm"
            onChange={(e) => {
              setQuery(e.target.value);
            }}
          />
          <div className="flex gap-2">
            <button
              type="button"
              className={SMALL_BUTTON}
              disabled={selected === null}
              onClick={() => {
                onChange(null);
              }}
            >
              Tick all
            </button>
            <button
              type="button"
              className={SMALL_BUTTON}
              disabled={selected?.length === 0}
              onClick={() => {
                onChange([]);
              }}
            >
              Untick all
            </button>
          </div>
        </div>
      )}
      {shown.map((option) => {
        const checked = ticked === null || ticked.has(option.value);
        const name = labelOf ? labelOf(option) : option.label;
        return (
          <label key={option.value} className="flex cursor-pointer items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4 accent-accent"
              checked={checked}
              aria-label={`${name}, ${countOf(option.count, 'event')}`}
              onChange={(e) => {
                onChange(toggleValue(selected, all, option.value, e.target.checked));
              }}
            />
            {swatch?.(option.value)}
            <span className="flex-1">{name}</span>
            <span className="tabular-nums text-muted" aria-hidden="true">
              {option.count}
            </span>
          </label>
        );
      })}
      {list && (
        <p className="text-xs text-muted" role="status" data-testid="facet-more">
          {list.matching === 0
            ? `No ${noun} match “${query.trim()}”.`
            : list.matching > shown.length
              ? `${(list.matching - shown.length).toLocaleString('en-GB')} more ${query.trim() === '' ? '' : 'matching '}${noun}: type to narrow the list.`
              : `All ${list.matching.toLocaleString('en-GB')} matching ${noun} listed.`}
        </p>
      )}
    </fieldset>
  );
}
