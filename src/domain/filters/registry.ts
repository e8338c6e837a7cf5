import type { AnyFacetFilter, AnyFilter, AnyTestFilter } from './declaration';
import { citedSourceFilter } from './cited-source';
import { cohortFilter } from './cohort';
import { disputedFilter } from './disputed';
import { kindFilter } from './kind';
import { rangeFilter } from './range';
import { searchFilter } from './search';
import { sideFilter } from './side';
import { sourceFilter } from './source';
import { uncertainFilter } from './uncertain';

/**
 * Every filter, in URL order. The URL codec, the panel's values and the engine are all read off
 * this list: adding a filter is its declaration, one line here and one panel control.
 */
export const FILTERS = [
  kindFilter,
  sideFilter,
  sourceFilter,
  citedSourceFilter,
  cohortFilter,
  searchFilter,
  rangeFilter,
  uncertainFilter,
  disputedFilter,
] as const;

type Filter = (typeof FILTERS)[number];
type FacetFilterOf<F> = F extends { readonly type: 'facet' } ? F : never;
type ValueOf<F> = F extends { isActive(value: infer V): boolean } ? V : never;
type UrlValueOf<F> = F extends { read(params: URLSearchParams): infer U } ? U : never;
type OptionOf<F> = F extends { options(...args: never[]): readonly (infer O)[] } ? O : never;

/** The filters as the panel shows them and the engine applies them (checked against the data). */
export type FilterValues = { readonly [F in Filter as F['key']]: ValueOf<F> };
/** The filters as the URL holds them (a custody selection may be "all but"). */
export type UrlFilterValues = { readonly [F in Filter as F['key']]: UrlValueOf<F> };
export type FacetKey = FacetFilterOf<Filter>['key'];
/** Per facet, the option values this dataset has, in panel order. */
export type FacetValues = { readonly [F in FacetFilterOf<Filter> as F['key']]: readonly string[] };
/** Per facet, the options as the panel lists them: value, label and live count. */
export type Facets = {
  readonly [F in FacetFilterOf<Filter> as F['key']]: readonly (OptionOf<F> & {
    /** Events with this value that pass every *other* filter: what ticking it would show. */
    readonly count: number;
  })[];
};

/** The same list with the value types erased, for the loops that treat every filter alike. */
export const ALL_FILTERS: readonly AnyFilter[] = FILTERS;
export const FACET_FILTERS: readonly AnyFacetFilter[] = FILTERS.filter((f) => f.type === 'facet');
export const TEST_FILTERS: readonly AnyTestFilter[] = FILTERS.filter((f) => f.type === 'test');

/** A record keyed by filter, built by one function per filter. */
function byFilter<T>(of: (filter: AnyFilter) => T): Record<string, T> {
  return Object.fromEntries(ALL_FILTERS.map((filter) => [filter.key, of(filter)]));
}

export const DEFAULT_FILTERS = byFilter((f) => f.initial) as UrlFilterValues;

export function readFilters(params: URLSearchParams): UrlFilterValues {
  return byFilter((f) => f.read(params)) as UrlFilterValues;
}

export function writeFilters(values: UrlFilterValues): [string, string][] {
  const record: Readonly<Record<string, unknown>> = values;
  return ALL_FILTERS.flatMap((f) =>
    f.write(record[f.key]).map(([k, v]): [string, string] => [k, v]),
  );
}

/** The panel's values for the URL's, each facet kept to the values this dataset has. */
export function sanitizeFilters(values: UrlFilterValues, available: FacetValues): FilterValues {
  const record: Readonly<Record<string, unknown>> = values;
  const options: Readonly<Record<string, readonly string[]>> = available;
  return byFilter((f) => f.sanitize(record[f.key], options[f.key] ?? [])) as FilterValues;
}

export function hasActiveFilters(values: FilterValues): boolean {
  const record: Readonly<Record<string, unknown>> = values;
  return ALL_FILTERS.some((f) => f.isActive(record[f.key]));
}
