import type { TimelineEvent } from '../../domain/types';
import { undatedBound } from '../../domain/undated';
import { MAX_MARK_AREA } from '../../lib/scales';
import type { ChartMetrics } from './metrics';

/**
 * The "Date not given" column: events whose window has no start or no end are reports without a
 * date of their own, so they are drawn beside the time axis, not on it (on the edge of their
 * window they would read as "happened then", their open band as "lasted years"). Beside the
 * plot when the chart is wide enough for both; below it on narrow screens, where a column beside
 * a 390 px plot would leave neither room for a label.
 */
export interface ColumnGeometry {
  readonly placement: 'beside' | 'below';
  /** Left edge and width of the column in chart px. */
  readonly x: number;
  readonly width: number;
  /** Width of the time plot: the chart's width less the column beside it and the gap. */
  readonly plotWidth: number;
}

/** Below this chart width (at the base label size) the column goes under the plot. */
export const BESIDE_MIN_WIDTH = 640;
/** The column never takes more than this share of the chart, nor less than MIN_COLUMN px. */
export const MAX_COLUMN_SHARE = 0.42;
export const MIN_COLUMN = 200;
/** Space between the plot and the column, where the divider is drawn. */
export const COLUMN_GAP = 16;
export const COLUMN_PAD = 8;
/** Most rows a lane gives its undated events; the rest are counted in the lane's header. */
export const MAX_COLUMN_ROWS = 10;
/** Half the width of the largest glyph (see layout's HALF_WIDTH_PER_ROOT_AREA). */
const HALF_WIDTH_PER_ROOT_AREA = 0.62;
const SEPARATOR = ' · ';
/** Fewer characters of a title than this on the second line would be noise: give the bound alone. */
const MIN_REST = 4;
/** Room for the bracket beside the largest glyph, in base px. */
const BRACKET_ROOM = 7;

/** The half-width of the largest mark at these metrics: every column glyph is centred in it. */
export function columnSlot(metrics: ChartMetrics): number {
  return HALF_WIDTH_PER_ROOT_AREA * Math.sqrt(MAX_MARK_AREA * metrics.areaScale);
}

/** Where a column mark's glyph centre and label start sit, from the column's left edge. */
export function columnOffsets(metrics: ChartMetrics): { glyph: number; label: number } {
  const slot = columnSlot(metrics);
  const pad = COLUMN_PAD * metrics.scale;
  const bracket = BRACKET_ROOM * metrics.scale;
  return { glyph: pad + bracket + slot, label: pad + 2 * (slot + bracket) + metrics.labelGap };
}

/**
 * The column's place for these events and chart width, or null when every event is dated. Its
 * width is what the longest label needs on two lines (see wrapColumnLabel), within [MIN_COLUMN, MAX_COLUMN_SHARE].
 */
export function undatedColumn(
  events: readonly TimelineEvent[],
  width: number,
  metrics: ChartMetrics,
): ColumnGeometry | null {
  let longest = 0;
  let any = false;
  for (const event of events) {
    const bound = undatedBound(event.window);
    if (bound === null) continue;
    any = true;
    // The title on one line above its bound, or title and bound wrapped over two lines.
    const full = event.title.length + SEPARATOR.length + bound.length;
    const chars = Math.max(bound.length, Math.min(event.title.length, Math.ceil(full / 2) + 4));
    longest = Math.max(longest, chars);
  }
  if (!any) return null;
  if (width < BESIDE_MIN_WIDTH * metrics.scale) {
    return { placement: 'below', x: 0, width, plotWidth: width };
  }
  const { label } = columnOffsets(metrics);
  const needed = label + longest * metrics.labelCharWidth + COLUMN_PAD * metrics.scale;
  const columnWidth = Math.round(
    Math.min(MAX_COLUMN_SHARE * width, Math.max(MIN_COLUMN * metrics.scale, needed)),
  );
  const x = width - columnWidth;
  return { placement: 'beside', x, width: columnWidth, plotWidth: x - COLUMN_GAP * metrics.scale };
}

function shorten(text: string, chars: number): string {
  if (text.length <= chars) return text;
  return `${text.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}

/** Greedy word wrap: as many whole words per line as fit in `chars`; a longer word is cut. */
function wrapWords(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= chars || line === '') {
      line = next.length > chars ? shorten(next, chars) : next;
    } else {
      lines.push(line);
      line = word.length > chars ? shorten(word, chars) : word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A column label on at most two lines of `chars` characters, the bound always read whole at the
 * end: a title that fits one line has the bound on the second ("reported by 8 Dec 2023"); a
 * longer title wraps onto the second line before it, shortened ("…") only if both will not fit.
 */
export function wrapColumnLabel(title: string, bound: string | null, chars: number): string[] {
  const titleLines = wrapWords(title, chars);
  const [first = '', ...others] = titleLines;
  if (bound === null) {
    return others.length === 0 ? [first] : [first, shorten(others.join(' '), chars)];
  }
  if (others.length === 0) return [first, shorten(bound, chars)];
  const tail = `${SEPARATOR.trimStart()}${bound}`;
  const room = chars - tail.length - 1;
  // No room for the rest beside the bound: the first line says the title goes on ("…").
  if (room < MIN_REST) return [shorten(titleLines.join(' '), chars), shorten(bound, chars)];
  return [first, `${shorten(others.join(' '), room)} ${tail}`];
}

/**
 * A column label on one line of `chars` characters, where rows are too short for two (a
 * briefing's stage, whose caption gives the date in words): the bound when it fits beside the
 * whole title, else the title alone, shortened ("…") only if it must be. The column's heading
 * and the glyph's bracket still say the date is not given.
 */
export function oneLineColumnLabel(title: string, bound: string | null, chars: number): string {
  const both = bound === null ? title : `${title}${SEPARATOR}${bound}`;
  return both.length <= chars ? both : shorten(title, chars);
}
