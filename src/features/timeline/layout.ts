import type { TimeScale } from '../../lib/utc-scale';
import { EVENT_KINDS } from '../../domain/kinds';
import type { EventKind } from '../../domain/kinds';
import type { TimelineEvent } from '../../domain/types';
import { columnsOf } from '../../domain/event-columns';
import { DensityBins } from '../../lib/density';
import type { DensityModel } from '../../lib/density';
import { FIXED_MARK_AREA, linearOf } from '../../lib/scales';
import { referenceInstant } from '../../lib/time';
import { undatedBound } from '../../domain/undated';
import { BASE_METRICS } from './metrics';
import type { ChartMetrics } from './metrics';
import {
  COLUMN_PAD,
  MAX_COLUMN_ROWS,
  columnOffsets,
  undatedColumn,
  oneLineColumnLabel,
  wrapColumnLabel,
} from './undated-column';
import type { ColumnGeometry } from './undated-column';

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
  /** The drawn text on one line (a column label's lines joined by a space). */
  readonly text: string;
  /** The drawn lines: one on the time plot, up to two in the "Date not given" column. */
  readonly lines: readonly string[];
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
  /**
   * In the "Date not given" column: which bound the source gives ('end': reported by then;
   * 'start': from then). Null on the time plot.
   */
  readonly undated: 'end' | 'start' | null;
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
  /** Rows of the lane's undated events in the column beside the plot (0 when below it). */
  readonly columnRows: number;
}

/** One kind's undated events in the column: beside the plot, the lane itself; below, a group. */
export interface ColumnGroup {
  readonly kind: EventKind;
  readonly y: number;
  readonly height: number;
  readonly rows: number;
  /** Undated events past MAX_COLUMN_ROWS: counted, not drawn (the table lists them). */
  readonly hidden: number;
}

export interface ColumnModel extends ColumnGeometry {
  /** Top of the column's region (0 beside the plot; under the plot's lanes when below). */
  readonly top: number;
  readonly groups: readonly ColumnGroup[];
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
  /** Height of the time plot's lanes (the gridlines and the reference line stop here). */
  readonly plotHeight: number;
  /** The "Date not given" column, or null when every event is dated. */
  readonly column: ColumnModel | null;
  /** In the same order as the events given (chronological). */
  readonly marks: readonly MarkModel[];
  readonly height: number;
  /** The sizes it was laid out with, for the parts that draw it. */
  readonly metrics: ChartMetrics;
  /** Where the reference line is drawn: on its day's instant, as that day's marks are. */
  readonly referenceX: number | null;
}

export interface LayoutOptions {
  /** The chart's width: the time plot's, plus the undated column's when that is beside it. */
  readonly width: number;
  /** Where the undated column goes (see undatedColumn); computed from the events if not given. */
  readonly column?: ColumnGeometry | null;
  readonly areaOf: (count: number) => number;
  /** Sizes for the label size drawn; the base sizes when not given. */
  readonly metrics?: ChartMetrics;
  /** The reference line's instant (an exclusive end edge, as publication windows give it). */
  readonly reference?: number;
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
function bandOf(event: TimelineEvent, x: TimeScale, width: number): BandModel | null {
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
  const line = (x: number, anchor: 'start' | 'end', drawn: string): LabelModel => ({
    x,
    anchor,
    text: drawn,
    lines: [drawn],
  });
  if (needed <= rightRoom) return line(cx + half + labelGap, 'start', full);
  if (needed <= leftRoom) return line(cx - half - labelGap, 'end', full);
  const room = Math.max(rightRoom, leftRoom);
  const chars = Math.floor(room / labelCharWidth);
  if (chars < MIN_LABEL_CHARS) return null;
  return rightRoom >= leftRoom
    ? line(cx + half + labelGap, 'start', truncate(full, chars))
    : line(cx - half - labelGap, 'end', truncate(full, chars));
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

interface Glyph {
  readonly countStyle: CountStyle;
  readonly area: number;
  readonly halfWidth: number;
  readonly marker: MarkerModel | null;
  /** Half the width the glyph claims, its badge included. */
  readonly reach: number;
}

function glyphOf(
  event: TimelineEvent,
  areaOf: (count: number) => number,
  metrics: ChartMetrics,
): Glyph {
  const countStyle = countStyleOf(event);
  const area = areaOfEvent(event, countStyle, areaOf, metrics.areaScale);
  const halfWidth = HALF_WIDTH_PER_ROOT_AREA * Math.sqrt(area);
  const marker = markerOf(event, halfWidth, metrics);
  // The badge widens what the glyph claims, so a label or a neighbour never runs into it.
  const reach = marker ? Math.max(halfWidth, marker.dx + marker.r) : halfWidth;
  return { countStyle, area, halfWidth, marker, reach };
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
  readonly x: TimeScale;
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
    const { countStyle, area, halfWidth, marker, reach } = glyphOf(event, areaOf, metrics);
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
    return { position, mark: { ...mark, undated: null } };
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

/** One undated event in the column: its glyph, its bound, and a label of up to two lines. */
function columnMark(
  event: TimelineEvent,
  laneIndex: number,
  row: number,
  column: ColumnGeometry,
  areaOf: (count: number) => number,
  metrics: ChartMetrics,
): Omit<MarkModel, 'cy'> {
  const glyph = glyphOf(event, areaOf, metrics);
  const offsets = columnOffsets(metrics);
  const cx = column.x + offsets.glyph;
  const labelX = column.x + offsets.label;
  const chars = Math.floor(
    (column.x + column.width - labelX - COLUMN_PAD * metrics.scale) / metrics.labelCharWidth,
  );
  const bound = undatedBound(event.window);
  const lines =
    chars < MIN_LABEL_CHARS
      ? []
      : metrics.columnLabelLines === 1
        ? [oneLineColumnLabel(event.title, bound, chars)]
        : wrapColumnLabel(event.title, bound, chars);
  return {
    event,
    lane: laneIndex,
    row,
    cx,
    area: glyph.area,
    halfWidth: glyph.halfWidth,
    countStyle: glyph.countStyle,
    marker: glyph.marker,
    band: null,
    label: lines.length > 0 ? { x: labelX, anchor: 'start', text: lines.join(' '), lines } : null,
    undated: event.window.start === null ? 'end' : 'start',
  };
}

/**
 * The render model: each lane's events as marks — lane, row, position, area, window band and
 * label, packed so nothing in a row overlaps (greedy first-fit, in time order) — or, when a lane
 * has more than DENSITY_THRESHOLD events near the view or its marks do not fit in MAX_ROWS rows,
 * as a density strip (see chooseLaneMarks). Events with no start or no end are not on the time
 * plot: each has a row of its lane in the "Date not given" column (see undated-column.ts). Only
 * events in or near the view are laid out. Pure; no DOM.
 *
 * Runs on every zoom frame, so the per-event part is a numeric loop over cached columns (see
 * event-columns.ts): every anchor inside the plot is binned as it passes, and objects are made
 * only for the (at most DENSITY_THRESHOLD) events a lane may draw.
 */
export function layoutTimeline(
  events: readonly TimelineEvent[],
  x: TimeScale,
  { width, areaOf, metrics = BASE_METRICS, ...options }: LayoutOptions,
): TimelineLayout {
  const { laneHeader, rowHeight, laneGap, densityHeight } = metrics;
  const geometry =
    options.column === undefined ? undatedColumn(events, width, metrics) : options.column;
  const beside = geometry?.placement === 'beside';
  const plotWidth = geometry ? geometry.plotWidth : width;
  const placed: Packed['packed'][number][] = [];
  const columnPlaced: { position: number; mark: Omit<MarkModel, 'cy'>; group: number }[] = [];
  const lanes: LaneModel[] = [];
  const undatedByLane: { kind: EventKind; laneIndex: number; items: number[]; count: number }[] =
    [];
  let y = 0;

  const [d0 = 0, d1 = 0] = x.domain().map((d) => d.getTime());
  const px = linearOf(x);
  const { anchor, start, end, byKind } = columnsOf(events);

  EVENT_KINDS.forEach((kind, laneIndex) => {
    const lane = byKind[laneIndex];
    if (!lane || lane.length === 0) return;
    const bins = new DensityBins(plotWidth);
    // Near: the anchor is within OFFSCREEN px of the plot. Reaching: the anchor is further out
    // but the date window overlaps the view (e.g. "between 2020 and 2023").
    const near: InView[] = [];
    const reaching: InView[] = [];
    const undated: number[] = [];
    let undatedCount = 0;
    let nearCount = 0;
    let reachingCount = 0;
    for (const position of lane) {
      const from = start[position] ?? 0;
      const to = end[position] ?? 0;
      // An open edge is ±∞ in the columns: such an event goes to the column, not the plot.
      if (from === Number.NEGATIVE_INFINITY || to === Number.POSITIVE_INFINITY) {
        undatedCount += 1;
        if (undatedCount <= MAX_COLUMN_ROWS) undated.push(position);
        continue;
      }
      const cx = px(anchor[position] ?? 0);
      bins.add(cx);
      // Events are read only for the few that may be drawn: the loop itself stays numeric.
      if (cx > -OFFSCREEN && cx < plotWidth + OFFSCREEN) {
        nearCount += 1;
        const event = nearCount <= DENSITY_THRESHOLD ? events[position] : undefined;
        if (event) near.push({ event, position, cx });
      } else if (from < d1 && to > d0) {
        reachingCount += 1;
        const event = reachingCount <= DENSITY_THRESHOLD ? events[position] : undefined;
        if (event) reaching.push({ event, position, cx });
      }
    }
    if (undatedCount > 0)
      undatedByLane.push({ kind, laneIndex, items: undated, count: undatedCount });
    const dated = lane.length - undatedCount;
    // Below the plot, a lane of undated events only has nothing on the time axis to show.
    if (dated === 0 && !beside) return;
    const chosen =
      nearCount <= DENSITY_THRESHOLD
        ? chooseLaneMarks(near, reaching, reachingCount, {
            x,
            width: plotWidth,
            areaOf,
            laneIndex,
            metrics,
          })
        : null;
    const density = chosen || dated === 0 ? null : bins.model();
    if (chosen) placed.push(...chosen.packed.packed);
    const rows = chosen?.packed.rows ?? 0;
    const columnRows = beside ? Math.min(undatedCount, MAX_COLUMN_ROWS) : 0;
    const plotRowsHeight = density ? densityHeight : rows * rowHeight;
    const height = laneHeader + Math.max(plotRowsHeight, columnRows * rowHeight);
    lanes.push({
      kind,
      y,
      height,
      rows,
      density,
      outside: chosen?.outside ?? 0,
      compact: chosen?.compact ?? false,
      columnRows,
    });
    y += height + laneGap;
  });

  const plotHeight = Math.max(0, y - laneGap);
  const laneTop = new Map(lanes.map((lane) => [lane.kind, lane.y]));
  const groups: ColumnGroup[] = [];
  // Below the plot: a heading row, then one group per kind, as the lanes are stacked.
  const columnTop = beside ? 0 : plotHeight + 2 * laneGap;
  let groupY = columnTop + laneHeader;
  if (geometry) {
    for (const { kind, laneIndex, items, count } of undatedByLane) {
      const rows = items.length;
      const top = beside ? (laneTop.get(kind) ?? 0) : groupY;
      const height = laneHeader + rows * rowHeight;
      groups.push({ kind, y: top, height, rows, hidden: count - rows });
      if (!beside) groupY += height + laneGap;
      items.forEach((position, row) => {
        const event = events[position];
        if (!event) return;
        const mark = columnMark(event, laneIndex, row, geometry, areaOf, metrics);
        columnPlaced.push({ position, mark, group: groups.length - 1 });
      });
    }
  }
  const column: ColumnModel | null = geometry
    ? {
        ...geometry,
        top: columnTop,
        groups,
      }
    : null;
  const groupTop = groups.map((group) => group.y);
  const marks = [
    ...placed.map(({ position, mark }) => {
      const top = laneTop.get(mark.event.kind) ?? 0;
      return {
        position,
        mark: { ...mark, cy: top + laneHeader + mark.row * rowHeight + rowHeight / 2 },
      };
    }),
    ...columnPlaced.map(({ position, mark, group }) => {
      const top = groupTop[group] ?? 0;
      return {
        position,
        mark: { ...mark, cy: top + laneHeader + mark.row * rowHeight + rowHeight / 2 },
      };
    }),
  ]
    .sort((a, b) => a.position - b.position)
    .map(({ mark }): MarkModel => mark);
  const height = beside || !column ? plotHeight : Math.max(plotHeight, groupY - laneGap);
  const referenceX =
    options.reference === undefined ? null : px(referenceInstant(options.reference));
  return { lanes, marks, height, plotHeight, column, metrics, referenceX };
}
