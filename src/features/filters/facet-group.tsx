import type { ReactNode } from 'react';
import type { FacetOption } from '../../domain/facets';
import { toggleValue } from './toggle-value';

export interface FacetGroupProps<V extends string> {
  readonly legend: string;
  readonly options: readonly FacetOption<V>[];
  readonly selected: readonly V[] | null;
  readonly onChange: (next: V[] | null) => void;
  readonly swatch?: (value: V) => ReactNode;
  readonly labelOf?: (option: FacetOption<V>) => string;
}

/** One facet as a fieldset of checkboxes, each with its live count. */
export function FacetGroup<V extends string>(props: FacetGroupProps<V>) {
  const { legend, options, selected, onChange, swatch, labelOf } = props;
  const all = options.map((o) => o.value);
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      {options.map((option) => {
        const checked = selected === null || selected.includes(option.value);
        return (
          <label key={option.value} className="flex cursor-pointer items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4 accent-[var(--ct-accent)]"
              checked={checked}
              onChange={(e) => {
                onChange(toggleValue(selected, all, option.value, e.target.checked));
              }}
            />
            {swatch?.(option.value)}
            <span className="flex-1">{labelOf ? labelOf(option) : option.label}</span>
            <span
              className="tabular-nums text-[var(--ct-muted)]"
              aria-label={`${option.count} events`}
            >
              {option.count}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
