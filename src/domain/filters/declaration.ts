import type { EventColumns } from '../event-columns';
import type { TimelineEvent } from '../types';

/** URL parameters as `[name, value]` pairs, in the order they are written. */
export type UrlPairs = readonly (readonly [string, string])[];

/**
 * What every filter declares, in its own file: its name (the same in the URL state, the panel
 * and the engine), the URL parameters it is written as, how it reads and writes them, what it
 * is by default, and when it narrows the view. `U` is the value as the URL holds it; `V` the
 * value the panel and the engine see, after `sanitize` has checked it against the dataset.
 */
export interface FilterBase<K extends string, V, U> {
  readonly key: K;
  /** The URL parameters this filter is written as (the README's table). */
  readonly params: readonly string[];
  /** The value when the URL says nothing. */
  readonly initial: U;
  read(params: URLSearchParams): U;
  /** Nothing for the default value, so a default view has no query string. */
  write(value: U): UrlPairs;
  /** `available`: the values this dataset has for a facet ([] for the other filters). */
  sanitize(value: U, available: readonly string[]): V;
  /** Does this value narrow the view (is it something to reset)? */
  isActive(value: V): boolean;
}

/**
 * A filter that tests each event on its own: `compile` returns the test over the cached
 * columns (the definition; tests hold it to an independent oracle), or null when the value lets
 * everything through.
 */
export interface TestFilter<K extends string, V> extends FilterBase<K, V, V> {
  readonly type: 'test';
  compile(
    value: V,
    columns: EventColumns,
    events: readonly TimelineEvent[],
  ): ((i: number) => boolean) | null;
}

/**
 * A facet's values per event, as positions into `names`: event i has `ids[i]` when `starts` is
 * null (one value each), else `ids[starts[i]] … ids[starts[i + 1] - 1]`.
 */
export interface FacetColumn {
  readonly names: readonly string[];
  readonly ids: ArrayLike<number>;
  readonly starts: Uint32Array | null;
}

/** What the dataset says of the ids facets list, for their labels (a Dataset is one). */
export interface FacetLabels {
  readonly attributions: readonly { readonly id: string; readonly label: string }[];
  readonly sources: readonly {
    readonly id: string;
    readonly publisher: string;
    readonly title: string;
  }[];
  readonly cohorts: readonly { readonly id: string; readonly label: string }[];
}

export interface FacetContext extends FacetLabels {
  readonly columns: EventColumns;
}

/**
 * A filter with options to tick, each counted live: an event passes when it has one of the
 * ticked values (null: no restriction; []: nothing ticked).
 */
export interface FacetFilter<K extends string, T extends string, U> extends FilterBase<
  K,
  readonly T[] | null,
  U
> {
  readonly type: 'facet';
  column(columns: EventColumns): FacetColumn;
  /** The options the events have (`has`), labelled, in panel order. */
  options(
    has: (value: string) => boolean,
    context: FacetContext,
  ): readonly { readonly value: T; readonly label: string }[];
}

/** Any filter, with its value types erased: what the generic codec and engine loop over. */
export type AnyFilter = FilterBase<string, unknown, unknown>;
export type AnyTestFilter = TestFilter<string, unknown>;
export type AnyFacetFilter = FacetFilter<string, string, unknown>;
