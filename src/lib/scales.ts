import { DAY } from './time';
import { utcScale } from './utc-scale';
import type { TimeScale } from './utc-scale';

/** Padding each side of the data, as a share of its span (at least a fortnight). */
const PAD_SHARE = 0.07;
const MIN_PAD = 14 * DAY;
/** Inset of the time range from the plot edges, so the largest mark is never cut off. */
export const PLOT_INSET = 20;
/** With no bounded date at all, show the year before this instant. */
const FALLBACK_SPAN = 365 * DAY;

/** The unzoomed time scale: the bounded extent of the data, padded, across the plot width. */
export function makeBaseTimeScale(
  extent: readonly [number, number] | null,
  width: number,
  fallbackEnd: number,
): TimeScale {
  const [lo, hi] = extent ?? [fallbackEnd - FALLBACK_SPAN, fallbackEnd];
  const pad = Math.max(MIN_PAD, (hi - lo) * PAD_SHARE);
  return utcScale([lo - pad, hi + pad], [PLOT_INSET, Math.max(PLOT_INSET + 1, width - PLOT_INSET)]);
}

/** Largest mark area in px²; a mark's area is proportional to its people count. */
export const MAX_MARK_AREA = 900;
/** Area of marks with no number (unknown, "some", statements): fixed, and drawn differently. */
export const FIXED_MARK_AREA = 260;

/**
 * Count → area (px²), linear through zero so that twice the people is twice the ink. d3-shape's
 * symbol size *is* the area, whatever the shape, so shapes of different kinds compare fairly.
 */
export function makeAreaScale(maxCount: number): (count: number) => number {
  const top = Math.max(1, maxCount);
  return (count) => (count / top) * MAX_MARK_AREA;
}

/**
 * The same numbers as calling a two-point time scale, computed the way d3-scale does (normalise
 * the domain, then interpolate the range) but without its per-call coercion and dispatch: the
 * layout maps up to 100,000 instants per zoom frame. Equality with `x(t)` is tested.
 */
export function linearOf(x: TimeScale): (at: number) => number {
  const [a = 0, b = 0] = x.domain().map((date) => date.getTime());
  const [c = 0, d = 0] = x.range();
  // d3's bimap: a reversed domain is normalised the other way round, with the range swapped.
  const [d0, d1, r0, r1] = b < a ? [b, a, d, c] : [a, b, c, d];
  const span = d1 - d0;
  if (!span) return () => (Number.isNaN(span) ? Number.NaN : r0 * 0.5 + r1 * 0.5);
  return (at) => {
    const t = (at - d0) / span;
    return r0 * (1 - t) + r1 * t;
  };
}
