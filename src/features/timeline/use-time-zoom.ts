import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
import type { D3ZoomEvent, ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { acceptsZoomGesture } from './zoom-filter';
import { BUTTON_ZOOM_STEP, MAX_ZOOM } from './zoom-limits';
import { rangeOfTransform, transformForRange, zoomBoundsFor } from './zoom-range';

export type TimeRange = readonly [number, number];

export interface TimeZoom {
  readonly transform: ZoomTransform;
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly reset: () => void;
}

export interface TimeZoomOptions {
  readonly width: number;
  /** Embedded pages: a plain wheel scrolls the host page; only Ctrl/⌘ + wheel zooms. */
  readonly wheelNeedsModifier: boolean;
  /** Embedded: touch scrolls the host page instead of panning the chart. */
  readonly touchZoom: boolean;
  /** The unzoomed scale: the transform is relative to it. */
  readonly base: ScaleTime<number, number>;
  /** The committed view (from the URL), or null for the whole extent. */
  readonly range: TimeRange | null;
  /** Called once per finished gesture or button press that changed the view. */
  readonly onCommit: (range: TimeRange | null) => void;
}

/**
 * The one place d3 touches the DOM: d3-zoom turns wheel, drag and pinch on `ref` into a
 * transform kept in React state, and React re-renders from it. The committed range lives
 * outside (the URL): gesture ends commit it; outside changes (brush, Back, reset) are pushed
 * back into d3-zoom with a `syncing` flag so they do not echo as commits.
 */
export function useTimeZoom(
  ref: RefObject<SVGSVGElement | null>,
  { width, wheelNeedsModifier, touchZoom, base, range, onCommit }: TimeZoomOptions,
): TimeZoom {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const syncing = useRef(false);
  // Handlers read the latest props through refs: the behaviour is built once per size.
  const latest = useRef({ base, onCommit });
  useEffect(() => {
    latest.current = { base, onCommit };
  });

  useEffect(() => {
    const node = ref.current;
    if (!node || width <= 0) return undefined;
    // Horizontal only: y never enters the time scale, so a one-pixel-high extent suffices.
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [width, 1],
    ];
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .extent(extent)
      .translateExtent(extent)
      .filter((event: Event) => acceptsZoomGesture(event, wheelNeedsModifier, touchZoom))
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        setTransform(event.transform);
      })
      .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (syncing.current) return;
        latest.current.onCommit(rangeOfTransform(event.transform, latest.current.base));
      });
    const selection = select(node);
    selection.call(z);
    // Re-seating the current transform emits a zoom "end" synchronously; it is not a gesture, and
    // committing it would erase the URL's window before the sync below applies it (a shared link
    // with from/to would open unzoomed and drop them).
    syncing.current = true;
    z.transform(selection, zoomTransform(node));
    syncing.current = false;
    behaviour.current = z;
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [ref, width, wheelNeedsModifier, touchZoom]);

  const from = range?.[0] ?? null;
  const to = range?.[1] ?? null;
  useEffect(() => {
    const node = ref.current;
    const z = behaviour.current;
    if (!node || !z || width <= 0) return;
    const target =
      from !== null && to !== null ? transformForRange([from, to], base) : zoomIdentity;
    const bounds = zoomBoundsFor(target, width);
    z.scaleExtent(bounds.scaleExtent).translateExtent(bounds.translateExtent);
    const current = zoomTransform(node);
    if (Math.abs(current.k - target.k) < 1e-6 && Math.abs(current.x - target.x) < 0.5) return;
    syncing.current = true;
    z.transform(select(node), target);
    syncing.current = false;
  }, [ref, base, from, to, width]);

  const scaleBy = useCallback(
    (k: number) => {
      const node = ref.current;
      if (node && behaviour.current) behaviour.current.scaleBy(select(node), k);
    },
    [ref],
  );
  const reset = useCallback(() => {
    const node = ref.current;
    if (node && behaviour.current) behaviour.current.transform(select(node), zoomIdentity);
  }, [ref]);

  return {
    transform,
    zoomIn: useCallback(() => {
      scaleBy(BUTTON_ZOOM_STEP);
    }, [scaleBy]),
    zoomOut: useCallback(() => {
      scaleBy(1 / BUTTON_ZOOM_STEP);
    }, [scaleBy]),
    reset,
  };
}
