import type { TimeScale } from '../../lib/utc-scale';

/**
 * A horizontal zoom: x' = k·x + x₀. d3-zoom's transforms have this shape too (and y, unused
 * here), so the chart takes either; this one exists so that drawing a view — the unzoomed one,
 * or a shared link's window — needs no d3-zoom, which loads when the reader first reaches for
 * the chart (use-time-zoom.ts).
 */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
  /** The plot position that this transform draws at `px`. */
  invertX(px: number): number;
  /** `scale` as this transform shows it: its domain is what the plot's range now spans. */
  rescaleX(scale: TimeScale): TimeScale;
}

/** The transform that scales by `k` and then shifts by `x` pixels (as d3-zoom builds them). */
export function viewTransform(k: number, x: number): ViewTransform {
  const invertX = (px: number) => (px - x) / k;
  return {
    k,
    x,
    invertX,
    // d3-zoom's rescaleX: the range's ends taken back through the transform, then the scale.
    rescaleX: (scale) => scale.copy().domain(scale.range().map((px) => scale.invert(invertX(px)))),
  };
}

/** The unzoomed view. */
export const IDENTITY: ViewTransform = viewTransform(1, 0);
