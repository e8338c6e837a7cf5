import type { TimeScale } from '../../lib/utc-scale';

export interface Tick {
  readonly key: string;
  readonly x: number;
  readonly label: string;
  readonly anchor: 'start' | 'middle' | 'end';
}

/** Room one tick label wants; the first guess at how many ticks fit. */
export const TICK_SPACING = 110;
/** Average advance of the 12 px axis font, and the least gap between two labels. */
export const TICK_CHAR_WIDTH = 7;
export const TICK_GAP = 10;

/** The label's horizontal box as the axis draws it (text-anchor start, middle or end). */
export function labelBox(tick: Tick, scale = 1): [number, number] {
  const w = tick.label.length * TICK_CHAR_WIDTH * scale;
  if (tick.anchor === 'start') return [tick.x, tick.x + w];
  if (tick.anchor === 'end') return [tick.x - w, tick.x];
  return [tick.x - w / 2, tick.x + w / 2];
}

function overlaps(ticks: readonly Tick[], scale: number): boolean {
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const tick of ticks) {
    const [lo, hi] = labelBox(tick, scale);
    if (lo < lastEnd + TICK_GAP * scale) return true;
    lastEnd = hi;
  }
  return false;
}

/**
 * Labels print four-digit years (year 10000 would read "0000"); the padding around data near
 * year 0 or 9999 may reach past them, and such ticks are left out rather than mislabelled.
 */
const FIRST_LABELLED = Date.parse('0000-01-01T00:00:00Z');
const END_LABELLED = Date.parse('+010000-01-01T00:00:00Z');

function ticksFor(x: TimeScale, width: number, count: number, scale: number): Tick[] {
  const format = x.tickFormat(count);
  const values = x.ticks(count).filter((v) => +v >= FIRST_LABELLED && +v < END_LABELLED);
  return values.map((value) => {
    const label = format(value);
    const px = x(value);
    const half = (label.length * TICK_CHAR_WIDTH * scale) / 2;
    const anchor = px - half < 0 ? 'start' : px + half > width ? 'end' : 'middle';
    return { key: value.toISOString(), x: px, label, anchor };
  });
}

/**
 * Ticks adapt to the zoom: d3 picks calendar-aligned steps (years → months → days) for the
 * visible span, and its multi-scale format labels each at the coarsest unit that changed.
 * If labels would touch, ask for fewer ticks until they do not. `scale` is the axis font over
 * its base size (a briefing draws larger labels, so fewer fit).
 */
export function makeTicks(x: TimeScale, width: number, scale = 1): Tick[] {
  const spacing = TICK_SPACING * scale;
  for (let count = Math.max(2, Math.floor(width / spacing)); count > 1; count -= 1) {
    const ticks = ticksFor(x, width, count, scale);
    if (!overlaps(ticks, scale)) return ticks;
  }
  return ticksFor(x, width, 1, scale).slice(0, 1);
}
