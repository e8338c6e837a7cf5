import { EVENT_KINDS } from './kinds';
import type { EventKind } from './kinds';
import { hasPreciseDate } from './precise-date';
import { sideOf } from './side';
import { anchorInstant } from './time-window';
import type { Claim, TimelineEvent } from './types';

/**
 * What filtering, facet counting and level-of-detail binning read from each event, as flat
 * typed arrays (position i = events[i]). Built once per events array and cached, so a filter
 * change or a zoom frame over 100,000 events is a numeric loop: no string work, no per-event
 * objects, no Map lookups. The filters' definitions (src/domain/filters/) are written over
 * these columns, and tests hold them to plain per-event oracles (src/test/oracles/).
 */
/**
 * Several values per event: event i's are `ids[starts[i]] … ids[starts[i + 1] - 1]`, positions
 * into `names` (in order of first appearance).
 */
export interface ListColumn {
  readonly names: readonly string[];
  readonly ids: Uint32Array;
  readonly starts: Uint32Array;
}

/** The cohort value of an event that belongs to no cohort (`cohort=none` in the URL). */
export const NO_COHORT = 'none';

export interface EventColumns {
  readonly size: number;
  /** Index into EVENT_KINDS. */
  readonly kind: Uint8Array;
  /** Index into `sides`. */
  readonly side: Uint32Array;
  /** Side slugs (see sideOf), in order of first appearance. */
  readonly sides: readonly string[];
  /** For each side, the holder as the last event with that side writes it (null: statements). */
  readonly sideHolders: readonly (string | null)[];
  /** Event i's distinct attributions are attr[attrStart[i] … attrStart[i + 1]), into attributionIds. */
  readonly attrStart: Uint32Array;
  readonly attr: Uint32Array;
  readonly attributionIds: readonly string[];
  /** The distinct sources event i's claims cite, as positions into `cited.names`. */
  readonly cited: ListColumn;
  /** The cohorts event i belongs to; an event in none has the one value NO_COHORT. */
  readonly cohort: ListColumn;
  /** 1 when the event's claims disagree (it has a dispute). */
  readonly disputed: Uint8Array;
  /** Window edges in epoch ms; an open edge is −∞ / +∞. */
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** The instant the mark stands for (anchorInstant). */
  readonly anchor: Float64Array;
  /** 1 when the date is one known day or finer (hasPreciseDate). */
  readonly precise: Uint8Array;
  /** Event positions by kind, in the events' order: the lanes. */
  readonly byKind: readonly Uint32Array[];
}

function indexer(): { readonly values: string[]; readonly indexOf: (value: string) => number } {
  const values: string[] = [];
  const positions = new Map<string, number>();
  return {
    values,
    indexOf(value) {
      let at = positions.get(value);
      if (at === undefined) {
        at = values.push(value) - 1;
        positions.set(value, at);
      }
      return at;
    },
  };
}

/** Builds a ListColumn event by event, each event's values kept distinct. */
function listBuilder(size: number) {
  const names = indexer();
  const starts = new Uint32Array(size + 1);
  const ids: number[] = [];
  return {
    /** Event i's values: `pick` of each item (no per-event array is built). */
    add<T>(i: number, items: readonly T[], pick: (item: T) => string): void {
      starts[i] = ids.length;
      const first = ids.length;
      for (const item of items) {
        const at = names.indexOf(pick(item));
        if (!ids.includes(at, first)) ids.push(at);
      }
    },
    done(): ListColumn {
      starts[size] = ids.length;
      return { names: names.values, ids: Uint32Array.from(ids), starts };
    },
  };
}

const NOT_IN_A_COHORT: readonly string[] = [NO_COHORT];
const sourceOf = (claim: Claim) => claim.sourceId;
const attributionOf = (claim: Claim) => claim.attributionId;
const itself = (id: string) => id;

function lanesOf(kind: Uint8Array): Uint32Array[] {
  const sizes = new Array<number>(EVENT_KINDS.length).fill(0);
  for (const k of kind) sizes[k] = (sizes[k] ?? 0) + 1;
  const lanes = sizes.map((n) => new Uint32Array(n));
  const filled = new Array<number>(EVENT_KINDS.length).fill(0);
  for (let i = 0; i < kind.length; i++) {
    const k = kind[i] ?? 0;
    const at = filled[k] ?? 0;
    const lane = lanes[k];
    if (lane) lane[at] = i;
    filled[k] = at + 1;
  }
  return lanes;
}

function buildColumns(events: readonly TimelineEvent[]): EventColumns {
  const size = events.length;
  const kind = new Uint8Array(size);
  const side = new Uint32Array(size);
  const start = new Float64Array(size);
  const end = new Float64Array(size);
  const anchor = new Float64Array(size);
  const precise = new Uint8Array(size);
  const sides = indexer();
  const sideHolders: (string | null)[] = [];
  const attributions = listBuilder(size);
  const kindIndex = new Map<string, number>(EVENT_KINDS.map((k, i) => [k, i]));
  const cited = listBuilder(size);
  const cohort = listBuilder(size);
  const disputed = new Uint8Array(size);

  events.forEach((event, i) => {
    kind[i] = kindIndex.get(event.kind) ?? 0;
    const s = sides.indexOf(sideOf(event));
    side[i] = s;
    sideHolders[s] = event.people?.heldBy ?? null;
    start[i] = event.window.start?.at ?? Number.NEGATIVE_INFINITY;
    end[i] = event.window.end?.at ?? Number.POSITIVE_INFINITY;
    anchor[i] = anchorInstant(event.window);
    precise[i] = hasPreciseDate(event) ? 1 : 0;
    disputed[i] = event.dispute === null ? 0 : 1;
    attributions.add(i, event.claims, attributionOf);
    cited.add(i, event.claims, sourceOf);
    cohort.add(i, event.cohortIds.length > 0 ? event.cohortIds : NOT_IN_A_COHORT, itself);
  });
  const attributed = attributions.done();
  return {
    size,
    kind,
    side,
    sides: sides.values,
    sideHolders,
    attrStart: attributed.starts,
    attr: attributed.ids,
    attributionIds: attributed.names,
    cited: cited.done(),
    cohort: cohort.done(),
    disputed,
    start,
    end,
    anchor,
    precise,
    byKind: lanesOf(kind),
  };
}

function gatherNumbers<T extends Float64Array | Uint8Array | Uint32Array>(
  into: T,
  from: T,
  positions: Uint32Array,
): T {
  for (let i = 0; i < positions.length; i++) into[i] = from[positions[i] ?? 0] ?? 0;
  return into;
}

/** A list column's values at `positions`, in that order (names shared with the parent). */
function gatherList(parent: ListColumn, positions: Uint32Array): ListColumn {
  const size = positions.length;
  const starts = new Uint32Array(size + 1);
  let count = 0;
  for (const p of positions) count += (parent.starts[p + 1] ?? 0) - (parent.starts[p] ?? 0);
  const ids = new Uint32Array(count);
  let at = 0;
  for (let i = 0; i < size; i++) {
    const p = positions[i] ?? 0;
    starts[i] = at;
    const to = parent.starts[p + 1] ?? 0;
    for (let a = parent.starts[p] ?? 0; a < to; a++) ids[at++] = parent.ids[a] ?? 0;
  }
  starts[size] = at;
  return { names: parent.names, ids, starts };
}

type LazyColumns = Pick<
  EventColumns,
  'side' | 'precise' | 'attr' | 'attrStart' | 'cited' | 'cohort' | 'disputed'
>;

/**
 * The same columns for a subset (positions into the parent), gathered rather than rebuilt. What
 * the layout reads on every frame (kinds, edges, anchors, lanes) is gathered now; sides,
 * attributions, sources, cohorts, disputes and precision, which only filtering a subset again
 * would read, on first use.
 */
class SubsetColumns implements EventColumns {
  readonly size: number;
  readonly kind: Uint8Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly anchor: Float64Array;
  readonly byKind: readonly Uint32Array[];
  readonly sides: readonly string[];
  readonly sideHolders: readonly (string | null)[];
  readonly attributionIds: readonly string[];
  private lazy: LazyColumns | null = null;

  constructor(
    private readonly parent: EventColumns,
    private readonly positions: Uint32Array,
  ) {
    const size = positions.length;
    this.size = size;
    this.kind = gatherNumbers(new Uint8Array(size), parent.kind, positions);
    this.start = gatherNumbers(new Float64Array(size), parent.start, positions);
    this.end = gatherNumbers(new Float64Array(size), parent.end, positions);
    this.anchor = gatherNumbers(new Float64Array(size), parent.anchor, positions);
    this.byKind = lanesOf(this.kind);
    this.sides = parent.sides;
    this.sideHolders = parent.sideHolders;
    this.attributionIds = parent.attributionIds;
  }

  get side(): Uint32Array {
    return this.rest().side;
  }
  get precise(): Uint8Array {
    return this.rest().precise;
  }
  get attr(): Uint32Array {
    return this.rest().attr;
  }
  get attrStart(): Uint32Array {
    return this.rest().attrStart;
  }
  get cited(): ListColumn {
    return this.rest().cited;
  }
  get cohort(): ListColumn {
    return this.rest().cohort;
  }
  get disputed(): Uint8Array {
    return this.rest().disputed;
  }

  private rest(): LazyColumns {
    if (this.lazy) return this.lazy;
    const { parent, positions, size } = this;
    const attributions = gatherList(
      { names: parent.attributionIds, ids: parent.attr, starts: parent.attrStart },
      positions,
    );
    this.lazy = {
      side: gatherNumbers(new Uint32Array(size), parent.side, positions),
      precise: gatherNumbers(new Uint8Array(size), parent.precise, positions),
      attr: attributions.ids,
      attrStart: attributions.starts,
      cited: gatherList(parent.cited, positions),
      cohort: gatherList(parent.cohort, positions),
      disputed: gatherNumbers(new Uint8Array(size), parent.disputed, positions),
    };
    return this.lazy;
  }
}

const cache = new WeakMap<readonly TimelineEvent[], EventColumns>();

/** The columns of an events array (cached by the array's identity: events are immutable). */
export function columnsOf(events: readonly TimelineEvent[]): EventColumns {
  let columns = cache.get(events);
  if (!columns) {
    columns = buildColumns(events);
    cache.set(events, columns);
  }
  return columns;
}

/**
 * `events[positions[i]]` for each i, with its columns gathered from the parent's and cached, so
 * a filtered view never pays for building them from the events again.
 */
export function subsetOf(
  events: readonly TimelineEvent[],
  positions: Uint32Array,
): TimelineEvent[] {
  const subset: TimelineEvent[] = [];
  for (const p of positions) {
    const event = events[p];
    if (event) subset.push(event);
  }
  if (subset.length === positions.length)
    cache.set(subset, new SubsetColumns(columnsOf(events), positions));
  return subset;
}

/** The kinds the events have, in lane order (read off the cached lanes, not the events). */
export function kindsIn(events: readonly TimelineEvent[]): EventKind[] {
  const { byKind } = columnsOf(events);
  return EVENT_KINDS.filter((_, k) => (byKind[k]?.length ?? 0) > 0);
}

const byIdCache = new WeakMap<readonly TimelineEvent[], ReadonlyMap<string, TimelineEvent>>();

/**
 * The event with this id, or null: a Map built once per events array. (A linear `find` over
 * 100,000 events cost ~30 ms per render: events cloned from the worker share no hidden class,
 * so every `e.id` read is a slow lookup.)
 */
export function findEvent(
  events: readonly TimelineEvent[],
  id: string | null,
): TimelineEvent | null {
  if (id === null) return null;
  let byId = byIdCache.get(events);
  if (!byId) {
    byId = new Map(events.map((event) => [event.id, event]));
    byIdCache.set(events, byId);
  }
  return byId.get(id) ?? null;
}
