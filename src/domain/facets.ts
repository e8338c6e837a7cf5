import { columnsOf, subsetOf } from './event-columns';
import type { FacetColumn, FacetContext, FacetLabels } from './filters/declaration';
import { FACET_FILTERS, TEST_FILTERS } from './filters/registry';
import type { Facets, FacetValues, FilterValues } from './filters/registry';
import type { TimelineEvent } from './types';

export type { Facets, FacetValues } from './filters/registry';
export type { FacetLabels } from './filters/declaration';

export interface FacetOption<V extends string = string> {
  readonly value: V;
  readonly label: string;
  /** Events with this value that pass every *other* filter: what ticking it would show. */
  readonly count: number;
}

/** A facet's selection against its column: does event i fail it, and a count per value. */
interface FacetScan {
  readonly column: FacetColumn;
  /** 1 per wanted value, or null for no restriction. */
  readonly wanted: Uint8Array | null;
  readonly counts: Float64Array;
}

/** A facet's value (a list of the values ticked, or null: no restriction) as a set. */
function selectionOf(value: unknown): ReadonlySet<unknown> | null {
  return Array.isArray(value) ? new Set<unknown>(value) : null;
}

function failsFacet({ column, wanted }: FacetScan, i: number): boolean {
  if (wanted === null) return false;
  const { ids, starts } = column;
  if (starts === null) return wanted[ids[i] ?? 0] !== 1;
  const last = starts[i + 1] ?? 0;
  for (let a = starts[i] ?? 0; a < last; a++) if (wanted[ids[a] ?? 0] === 1) return false;
  return true;
}

function countFacet({ column, counts }: FacetScan, i: number): void {
  const { ids, starts } = column;
  const first = starts === null ? i : (starts[i] ?? 0);
  const last = starts === null ? i + 1 : (starts[i + 1] ?? 0);
  for (let a = first; a < last; a++) {
    const id = ids[a] ?? 0;
    counts[id] = (counts[id] ?? 0) + 1;
  }
}

/**
 * The filters applied in one scan over the cached columns, with the live counts: an event
 * passing every facet counts for each of its values; one failing exactly one facet counts for
 * that facet's values only (ticking them would show it); one failing two or more counts
 * nowhere. O(events), not O(events × options), and every test is an array read or a number
 * comparison. The same pass notes the events that pass everything.
 */
function scanFilters(events: readonly TimelineEvent[], values: FilterValues) {
  const columns = columnsOf(events);
  const record: Readonly<Record<string, unknown>> = values;
  const facets: FacetScan[] = FACET_FILTERS.map((filter) => {
    const column = filter.column(columns);
    const wanted = selectionOf(record[filter.key]);
    return {
      column,
      wanted: wanted && Uint8Array.from(column.names, (v) => (wanted.has(v) ? 1 : 0)),
      counts: new Float64Array(column.names.length),
    };
  });
  const tests = TEST_FILTERS.flatMap((f) => f.compile(record[f.key], columns, events) ?? []);
  const kept = new Uint32Array(columns.size);
  let keptCount = 0;
  events: for (let i = 0; i < columns.size; i++) {
    let failing = 0;
    let failed = -1;
    for (let f = 0; f < facets.length; f++) {
      const facet = facets[f];
      if (facet && failsFacet(facet, i)) {
        failing++;
        failed = f;
      }
    }
    if (failing > 1) continue;
    for (const passes of tests) if (!passes(i)) continue events;
    if (failing === 0) kept[keptCount++] = i;
    for (let f = 0; f < facets.length; f++) {
      const facet = facets[f];
      if (facet && (failing === 0 || failed === f)) countFacet(facet, i);
    }
  }
  return { facets, kept: kept.subarray(0, keptCount) };
}

/** Per facet, whether the events have each column value (read off the columns; no counting). */
function presence(column: FacetColumn): (value: string) => boolean {
  const has = new Uint8Array(column.names.length);
  for (let a = 0; a < column.ids.length; a++) has[column.ids[a] ?? 0] = 1;
  const at = new Map(column.names.map((name, i) => [name, i]));
  return (value) => has[at.get(value) ?? -1] === 1;
}

function buildOptions(events: readonly TimelineEvent[], labels: FacetLabels) {
  const columns = columnsOf(events);
  const context: FacetContext = {
    columns,
    attributions: labels.attributions,
    sources: labels.sources,
    cohorts: labels.cohorts,
  };
  return FACET_FILTERS.map((filter) => {
    const column = filter.column(columns);
    const position = new Map(column.names.map((name, i) => [name, i]));
    return { filter, position, options: filter.options(presence(column), context) };
  });
}

type FacetOptions = ReturnType<typeof buildOptions>;
const optionsCache = new WeakMap<
  readonly TimelineEvent[],
  { readonly labels: FacetLabels; readonly options: FacetOptions }
>();

/** Labels from the same lists (a caller may pass a new object holding the same dataset's). */
const sameLabels = (a: FacetLabels, b: FacetLabels) =>
  a.attributions === b.attributions && a.sources === b.sources && a.cohorts === b.cohorts;

/**
 * The options each facet offers depend on the dataset only, not on the filters: built once per
 * events array, so a filter change costs one scan and no second pass over the columns.
 */
function optionsOf(events: readonly TimelineEvent[], labels: FacetLabels): FacetOptions {
  const cached = optionsCache.get(events);
  if (cached && sameLabels(cached.labels, labels)) return cached.options;
  const options = buildOptions(events, labels);
  optionsCache.set(events, { labels, options });
  return options;
}

/**
 * A filtered view in one scan: the visible events and the facets with their live counts.
 * Options that no event has are left out.
 */
export function applyFilters(
  events: readonly TimelineEvent[],
  labels: FacetLabels,
  values: FilterValues,
): { readonly visible: TimelineEvent[]; readonly facets: Facets } {
  const scan = scanFilters(events, values);
  const facets = optionsOf(events, labels).map(({ filter, position, options }, f) => {
    const counts = scan.facets[f]?.counts;
    const counted = options.map((o) => ({
      ...o,
      count: counts?.[position.get(o.value) ?? -1] ?? 0,
    }));
    return [filter.key, counted] as const;
  });
  const byKey: Readonly<Record<string, unknown>> = Object.fromEntries(facets);
  return { visible: subsetOf(events, scan.kept), facets: byKey as Facets };
}

/**
 * The values each facet can take in this dataset, in panel order: what a URL selection is
 * checked against. No filters and no counts — a cheap pass.
 */
export function facetValuesOf(events: readonly TimelineEvent[], labels: FacetLabels): FacetValues {
  const entries = optionsOf(events, labels).map(
    ({ filter, options }) => [filter.key, options.map((o) => o.value)] as const,
  );
  const byKey: Readonly<Record<string, unknown>> = Object.fromEntries(entries);
  return byKey as FacetValues;
}
