import type { ScaleTime } from 'd3-scale';
import { EVENT_KINDS } from '../../domain/kinds';
import type { EventKind } from '../../domain/kinds';
import type { TimelineEvent } from '../../domain/types';
import { columnsOf } from '../../domain/event-columns';
import { DensityBins } from '../../lib/density';
import type { DensityModel } from '../../lib/density';
import { FIXED_MARK_AREA, linearOf } from '../../lib/scales';
import { BASE_METRICS } from './metrics';
import type { ChartMetrics } from './metrics';

export { BIN_PX } from '../../lib/density';

/** The base sizes, in px (see metrics.ts): tests and callers without a label size use these. */
export const ROW_HEIGHT = BASE_METRICS.rowHeight;
export const LANE_HEADER = BASE_METRICS.laneHeader;
export const LANE_GAP = BASE_METRICS.laneGap;
export const LABEL_CHAR_WIDTH = BASE_METRICS.labelCharWidth;
export const LABEL_GAP = BASE_METRICS.labelGap;
export const ROW_CLEARANCE = BASE_METRICS.rowClearance;
const MIN_LABEL_CHARS = 6;
const MAX_LABEL_CHARS = 48;
/** Half the width of a d3 symbol of a given area, for the widest shape (the triangle). */
const HALF_WIDTH_PER_ROOT_AREA = 0.62;

/** How the count is drawn: filled to scale, an outline at a bound, or a fixed "?" mark. */
export type CountStyle = 'exact' | 'at-least' | 'up-to' | 'unknown' | 'none';

export interface BandModel {
  readonly x0: number;
  readonly x1: number;
  /** The window has no start (or end): draw that side fading out, not as an edge. */
  readonly openStart: boolean;
  readonly openEnd: boolean;
}

export interface LabelModel {
  readonly x: number;
  readonly anchor: 'start' | 'end';
  readonly text: string;
}

/**
 * The "sources disagree" badge: a small ring holding "≠", centred (dx, dy) from the glyph's
 * centre at its upper right, overlapping its edge so it reads as belonging to that mark.
 */
export interface MarkerModel {
  readonly dx: number;
  readonly dy: number;
  readonly r: number;
}

export const MARKER_RADIUS = BASE_METRICS.markerRadius;
/** Where the badge sits on the diagonal, as a share of the glyph's half-width, plus a gap. */
const MARKER_SHARE = 0.7;
const MARKER_GAP = 2;

export interface MarkModel {
  readonly event: TimelineEvent;
  readonly lane: number;
  readonly row: number;
  readonly cx: number;
  readonly cy: number;
  /** Symbol area in px² (d3-shape `size`). */
  readonly area: number;
  readonly halfWidth: number;
  readonly countStyle: CountStyle;
  /** The "sources disagree" badge, for an event whose claims disagree on a count or a date. */
  readonly marker: MarkerModel | null;
  readonly band: BandModel | null;
  readonly label: LabelModel | null;
}

export interface LaneModel {
  readonly kind: EventKind;
  readonly y: number;
  readonly height: number;
  readonly rows: number;
  readonly density: DensityModel | null;
  /** Events whose windows reach into the view from marks outside it, left undrawn (see layout). */
  readonly outside: number;
  /** Marks without labels, bands not claiming rows: too many for labels, few enough to draw. */
  readonly compact: boolean;
}

/**
 * Level of detail: a lane switches to a density strip above this many events near the view…
 * Every drawn mark is re-rendered on each zoom frame: at ~500 marks in view (1,000 events, half
 * zoomed) frames took 50–150 ms here, so five lanes of 60 keep a gesture near 60 Hz. Zooming in
 * further (to a day across the plot, see MAX_ZOOM) always brings the marks back.
 */
export const DENSITY_THRESHOLD = 60;
/** …or when its marks would need more rows than this, even compact (see chooseLaneMarks). */
export const MAX_ROWS = 10;
export const DENSITY_HEIGHT = BASE_METRICS.densityHeight;
/** Marks this far outside the plot are still laid out, so panning reveals them whole. */
const OFFSCREEN = 240;

export interface TimelineLayout {
  readonly lanes: readonly LaneModel[];
  /** In the same order as the events given (chronological). */
  readonly marks: readonly MarkModel[];
  readonly height: number;
  /** The sizes it was laid out with, for the parts that draw it. */
  readonly metrics: ChartMetrics;
}

export interface LayoutOptions {
  readonly width: number;
  readonly areaOf: (count: number) => number;
  /** Sizes for the label size drawn; the base sizes when not given. */
  readonly metrics?: ChartMetrics;
}

function countStyleOf(event: TimelineEvent): CountStyle {
  if (!event.people) return 'none';
  switch (event.people.qualifier) {
    case 'exact':
    case 'at-least':
    case 'up-to':
      return event.people.value === null ? 'unknown' : event.people.qualifier;
    case 'some':
    case 'unknown':
      return 'unknown';
  }
}

function areaOfEvent(
  event: TimelineEvent,
  style: CountStyle,
  areaOf: (n: number) => number,
  areaScale: number,
): number {
  const value = event.people?.value;
  const area =
    value === null || value === undefined || style === 'unknown' || style === 'none'
      ? FIXED_MARK_AREA
      : areaOf(value);
  return area * areaScale;
}

/** The badge of a disputed event; its offset grows with the glyph so it never hides it. */
export function markerOf(
  event: TimelineEvent,
  halfWidth: number,
  metrics: ChartMetrics = BASE_METRICS,
): MarkerModel | null {
  if (!event.dispute) return null;
  const offset = Math.round((halfWidth * MARKER_SHARE + MARKER_GAP * metrics.scale) * 10) / 10;
  return { dx: offset, dy: -offset, r: metrics.markerRadius };
}

/** A single precise day is a point, not a window; everything else is drawn as its window. */
function bandOf(
  event: TimelineEvent,
  x: ScaleTime<number, number>,
  width: number,
): BandModel | null {
  const { start, end, isInterval } = event.window;
  if (!isInterval && start?.precision === 'day') return null;
  const x0 = start ? x(start.at) : Math.min(0, end ? x(end.at) : 0);
  const x1 = end ? x(end.at) : Math.max(width, start ? x(start.at) : width);
  return { x0, x1, openStart: start === null, openEnd: end === null };
}

function truncate(text: string, chars: number): string {
  if (text.length <= chars) return text;
  return `${text.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}

/** Right of the glyph if it fits, else left, else shortened to the wider side, else none. */
function placeLabel(
  text: string,
  cx: number,
  half: number,
  width: number,
  { labelCharWidth, labelGap }: ChartMetrics,
): LabelModel | null {
  const full = truncate(text, MAX_LABEL_CHARS);
  const needed = full.length * labelCharWidth;
  const rightRoom = width - (cx + half + labelGap);
  const leftRoom = cx - half - labelGap;
  if (needed <= rightRoom) return { x: cx + half + labelGap, anchor: 'start', text: full };
  if (needed <= leftRoom) return { x: cx - half - labelGap, anchor: 'end', text: full };
  const room = Math.max(rightRoom, leftRoom);
  const chars = Math.floor(room / labelCharWidth);
  if (chars < MIN_LABEL_CHARS) return null;
  return rightRoom >= leftRoom
    ? { x: cx + half + labelGap, anchor: 'start', text: truncate(full, chars) }
    : { x: cx - half - labelGap, anchor: 'end', text: truncate(full, chars) };
}

/** Horizontal extent an item claims in its row: glyph, label and window band together. */
export function claimedExtent(
  cx: number,
  half: number,
  label: LabelModel | null,
  band: BandModel | null,
  charWidth: number = LABEL_CHAR_WIDTH,
): [number, number] {
  let lo = cx - half;
  let hi = cx + half;
  if (label) {
    const w = label.text.length * charWidth;
    lo = Math.min(lo, label.anchor === 'start' ? label.x : label.x - w);
    hi = Math.max(hi, label.anchor === 'start' ? label.x + w : label.x);
  }
  if (band) {
    lo = Math.min(lo, band.openStart ? Number.NEGATIVE_INFINITY : band.x0);
    hi = Math.max(hi, band.openEnd ? Number.POSITIVE_INFINITY : band.x1);
  }
  return [lo, hi];
}

interface InView {
  readonly event: TimelineEvent;
  /** Position in the events given, to return marks in that order. */
  readonly position: number;
  readonly cx: number;
}

interface Packed {
  readonly rows: number;
  readonly packed: readonly { readonly position: number; readonly mark: Omit<MarkModel, 'cy'> }[];
}

interface PackContext {
  readonly x: ScaleTime<number, number>;
  readonly width: number;
  readonly areaOf: (count: number) => number;
  readonly laneIndex: number;
  readonly metrics: ChartMetrics;
}

const byTime = (a: InView, b: InView) => a.cx - b.cx || (a.event.id < b.event.id ? -1 : 1);

/**
 * Greedy first-fit rows for items in time order; every item gets a row. Compact: no labels,
 * and a window band does not claim its row (bands may overlap; glyphs never do).
 */
function packRows(items: readonly InView[], context: PackContext, compact: boolean): Packed {
  const { x, width, areaOf, laneIndex, metrics } = context;
  const rowEnds: number[] = [];
  const packed = items.map(({ event, position, cx }) => {
    const countStyle = countStyleOf(event);
    const area = areaOfEvent(event, countStyle, areaOf, metrics.areaScale);
    const halfWidth = HALF_WIDTH_PER_ROOT_AREA * Math.sqrt(area);
    const marker = markerOf(event, halfWidth, metrics);
    // The badge widens what the glyph claims, so a label or a neighbour never runs into it.
    const reach = marker ? Math.max(halfWidth, marker.dx + marker.r) : halfWidth;
    const band = bandOf(event, x, width);
    const label = compact ? null : placeLabel(event.title, cx, reach, width, metrics);
    const claimBand = compact ? null : band;
    const [lo, hi] = claimedExtent(cx, reach, label, claimBand, metrics.labelCharWidth);
    let row = rowEnds.findIndex((rowEnd) => rowEnd + metrics.rowClearance <= lo);
    if (row < 0) row = rowEnds.push(hi) - 1;
    else rowEnds[row] = hi;
    const mark = {
      event,
      lane: laneIndex,
      row,
      cx,
      area,
      halfWidth,
      countStyle,
      marker,
      band,
      label,
    };
    return { position, mark };
  });
  return { rows: rowEnds.length, packed };
}

interface LaneMarks {
  readonly packed: Packed;
  /** Windows reaching in that are counted, not drawn. */
  readonly outside: number;
  readonly compact: boolean;
}

/**
 * Level of detail for one lane with few enough marks near the view: every event in view as a
 * mark, if that fits in MAX_ROWS rows; if not, the near ones only, counting the windows reaching
 * in (each open window claims a whole row, so a large dataset would otherwise never leave
 * density however far one zooms); if not, the near ones compact (no labels, as bands wider than
 * the view would claim a row each). Null: none of that fits, so the lane is a density strip.
 */
function chooseLaneMarks(
  near: InView[],
  reaching: readonly InView[],
  reachingCount: number,
  context: PackContext,
): LaneMarks | null {
  if (near.length + reachingCount <= DENSITY_THRESHOLD) {
    const all = packRows([...near, ...reaching].sort(byTime), context, false);
    if (all.rows <= MAX_ROWS) return { packed: all, outside: 0, compact: false };
  }
  near.sort(byTime);
  if (reachingCount > 0) {
    const nearOnly = packRows(near, context, false);
    if (nearOnly.rows <= MAX_ROWS)
      return { packed: nearOnly, outside: reachingCount, compact: false };
  }
  const compact = packRows(near, context, true);
  return compact.rows <= MAX_ROWS
    ? { packed: compact, outside: reachingCount, compact: true }
    : null;
}

/**
 * The render model: each lane's events as marks — lane, row, position, area, window band and
 * label, packed so nothing in a row overlaps (greedy first-fit, in time order) — or, when a lane
 * has more than DENSITY_THRESHOLD events near the view or its marks do not fit in MAX_ROWS rows,
 * as a density strip (see chooseLaneMarks). Only events in or near the view are laid out. Pure;
 * no DOM.
 *
 * Runs on every zoom frame, so the per-event part is a numeric loop over cached columns (see
 * event-columns.ts): every anchor inside the plot is binned as it passes, and objects are made
 * only for the (at most DENSITY_THRESHOLD) events a lane may draw.
 */
export function layoutTimeline(
  events: readonly TimelineEvent[],
  x: ScaleTime<number, number>,
  { width, areaOf, metrics = BASE_METRICS }: LayoutOptions,
): TimelineLayout {
  const { laneHeader, rowHeight, laneGap, densityHeight } = metrics;
  const placed: Packed['packed'][number][] = [];
  const lanes: LaneModel[] = [];
  let y = 0;

  const [d0 = 0, d1 = 0] = x.domain().map((d) => d.getTime());
  const px = linearOf(x);
  const { anchor, start, end, byKind } = columnsOf(events);

  EVENT_KINDS.forEach((kind, laneIndex) => {
    const lane = byKind[laneIndex];
    if (!lane || lane.length === 0) return;
    const bins = new DensityBins(width);
    // Near: the anchor is within OFFSCREEN px of the plot. Reaching: the anchor is further out
    // but the date window overlaps the view (e.g. "on or before" a later day).
    const near: InView[] = [];
    const reaching: InView[] = [];
    let nearCount = 0;
    let reachingCount = 0;
    for (const position of lane) {
      const cx = px(anchor[position] ?? 0);
      bins.add(cx);
      // Events are read only for the few that may be drawn: the loop itself stays numeric.
      if (cx > -OFFSCREEN && cx < width + OFFSCREEN) {
        nearCount += 1;
        const event = nearCount <= DENSITY_THRESHOLD ? events[position] : undefined;
        if (event) near.push({ event, position, cx });
      } else if ((start[position] ?? 0) < d1 && (end[position] ?? 0) > d0) {
        reachingCount += 1;
        const event = reachingCount <= DENSITY_THRESHOLD ? events[position] : undefined;
        if (event) reaching.push({ event, position, cx });
      }
    }
    const chosen =
      nearCount <= DENSITY_THRESHOLD
        ? chooseLaneMarks(near, reaching, reachingCount, {
            x,
            width,
            areaOf,
            laneIndex,
            metrics,
          })
        : null;
    const density = chosen ? null : bins.model();
    if (chosen) placed.push(...chosen.packed.packed);
    const rows = chosen?.packed.rows ?? 0;
    const height = laneHeader + (density ? densityHeight : rows * rowHeight);
    lanes.push({
      kind,
      y,
      height,
      rows,
      density,
      outside: chosen?.outside ?? 0,
      compact: chosen?.compact ?? false,
    });
    y += height + laneGap;
  });

  const laneTop = new Map(lanes.map((lane) => [lane.kind, lane.y]));
  const marks = placed
    .sort((a, b) => a.position - b.position)
    .map(({ mark }): MarkModel => {
      const top = laneTop.get(mark.event.kind) ?? 0;
      return { ...mark, cy: top + laneHeader + mark.row * rowHeight + rowHeight / 2 };
    });
  return { lanes, marks, height: Math.max(0, y - laneGap), metrics };
}
