import type { ScaleTime } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import type { ZoomTransform } from 'd3-zoom';
import { MAX_ZOOM } from './zoom-limits';

const MINUTE = 60_000;

/**
 * The zoom transform that shows [from, to) on `base`: k stretches the span over the range, and
 * x shifts `from` to the range start (d3's rescaleX inverts exactly this). Clamped to the zoom
 * limits; d3-zoom then clamps the translation to the data.
 */
export function transformForRange(
  [from, to]: readonly [number, number],
  base: ScaleTime<number, number>,
): ZoomTransform {
  const [r0, r1] = base.range();
  if (r0 === undefined || r1 === undefined) return zoomIdentity;
  const span = base(to) - base(from);
  if (!(span > 0)) return zoomIdentity;
  const k = Math.min(MAX_ZOOM, Math.max(1, (r1 - r0) / span));
  return zoomIdentity.translate(r0 - k * base(from), 0).scale(k);
}

/** The committed view a transform shows: null at the identity, else its domain to the minute. */
export function rangeOfTransform(
  transform: ZoomTransform,
  base: ScaleTime<number, number>,
): readonly [number, number] | null {
  if (transform.k === 1 && Math.abs(transform.x) < 0.5) return null;
  const [from, to] = transform.rescaleX(base).domain();
  if (!from || !to) return null;
  return [Math.round(from.getTime() / MINUTE) * MINUTE, Math.round(to.getTime() / MINUTE) * MINUTE];
}
