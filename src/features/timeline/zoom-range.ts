import type { TimeScale } from '../../lib/utc-scale';
import { IDENTITY, viewTransform } from './view-transform';
import type { ViewTransform } from './view-transform';
import { MAX_ZOOM } from './zoom-limits';
import { roundToMinute } from '../../lib/time';

/**
 * The zoom transform that shows [from, to) on `base`: k stretches the span over the range, and
 * x shifts `from` to the range start (d3's rescaleX inverts exactly this). A window wider than
 * the data gets k < 1, so a link asking for 2020–2024 shows 2020–2024, not the data's own span
 * shifted until its end falls off the plot. Only the deepest zoom is a limit: a window narrower
 * than MAX_ZOOM allows starts at `from` and shows a little more after `to`.
 */
export function transformForRange(
  [from, to]: readonly [number, number],
  base: TimeScale,
): ViewTransform {
  const [r0, r1] = base.range();
  if (r0 === undefined || r1 === undefined) return IDENTITY;
  const span = base(to) - base(from);
  if (!(span > 0)) return IDENTITY;
  const k = Math.min(MAX_ZOOM, (r1 - r0) / span);
  return viewTransform(k, r0 - k * base(from));
}

export interface ZoomBounds {
  readonly scaleExtent: [number, number];
  readonly translateExtent: [[number, number], [number, number]];
}

/**
 * The limits d3-zoom keeps gestures within while `transform` is the committed view: the whole
 * plot at k = 1 down to MAX_ZOOM, widened to a committed window wider than the data, so that
 * the first wheel notch or button press on such a view moves on from it instead of jumping back
 * to the data's span.
 */
export function zoomBoundsFor(transform: ViewTransform, width: number): ZoomBounds {
  return {
    scaleExtent: [Math.min(1, transform.k), MAX_ZOOM],
    translateExtent: [
      [Math.min(0, transform.invertX(0)), 0],
      [Math.max(width, transform.invertX(width)), 1],
    ],
  };
}

/** Is this the unzoomed view (the data's whole span)? */
export function isIdentity(transform: ViewTransform): boolean {
  return transform.k === 1 && Math.abs(transform.x) < 0.5;
}

/** The committed view a transform shows: null at the identity, else its domain to the minute. */
export function rangeOfTransform(
  transform: ViewTransform,
  base: TimeScale,
): readonly [number, number] | null {
  if (isIdentity(transform)) return null;
  const [from, to] = transform.rescaleX(base).domain();
  if (!from || !to) return null;
  return [roundToMinute(from.getTime()), roundToMinute(to.getTime())];
}
