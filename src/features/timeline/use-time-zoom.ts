import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
import type { D3ZoomEvent, ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { acceptsZoomGesture } from './zoom-filter';

/** Deepest zoom: at the default width about one day per 10 px for a three-year dataset. */
export const MAX_ZOOM = 400;
export const BUTTON_ZOOM_STEP = 1.6;

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
}

/**
 * The one place d3 touches the DOM: d3-zoom turns wheel, drag and pinch on `ref` into a
 * transform kept in React state; React re-renders from it. Zoom is horizontal only, and the
 * translate extent keeps the data in view. Listeners are removed on cleanup.
 */
export function useTimeZoom(
  ref: RefObject<SVGSVGElement | null>,
  { width, wheelNeedsModifier }: TimeZoomOptions,
): TimeZoom {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);

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
      .filter((event: Event) => acceptsZoomGesture(event, wheelNeedsModifier))
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        setTransform(event.transform);
      });
    const selection = select(node);
    selection.call(z);
    // Keep the current view when the size changes; d3 clamps it to the new extent.
    z.transform(selection, zoomTransform(node));
    behaviour.current = z;
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [ref, width, wheelNeedsModifier]);

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
