import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { TimeScale } from '../../lib/utc-scale';
import type { select } from 'd3-selection';
import type { D3ZoomEvent, ZoomBehavior, zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
import { IDENTITY } from './view-transform';
import type { ViewTransform } from './view-transform';
import { acceptsZoomGesture } from './zoom-filter';
import { BUTTON_ZOOM_STEP, MAX_ZOOM } from './zoom-limits';
import { rangeOfTransform, transformForRange, zoomBoundsFor } from './zoom-range';

export type TimeRange = readonly [number, number];

export interface TimeZoom {
  readonly transform: ViewTransform;
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
  readonly base: TimeScale;
  /** The committed view (from the URL), or null for the whole extent. */
  readonly range: TimeRange | null;
  /** Called once per finished gesture or button press that changed the view. */
  readonly onCommit: (range: TimeRange | null) => void;
}

/** d3-zoom and the d3-selection it attaches with. */
interface ZoomModules {
  readonly select: typeof select;
  readonly zoom: typeof zoom;
  readonly zoomIdentity: typeof zoomIdentity;
  readonly zoomTransform: typeof zoomTransform;
}

type Behaviour = ZoomBehavior<SVGSVGElement, unknown>;
/** Something the reader asked of the chart, done once d3-zoom is attached. */
type ZoomAction = (z: Behaviour, node: SVGSVGElement, modules: ZoomModules) => void;

let loading: Promise<ZoomModules> | null = null;

/**
 * d3-zoom with d3-selection, d3-transition and d3-drag behind it is a fifth of the chart's code
 * and draws nothing: it loads when the reader first reaches for the chart, not with the page.
 * A failed load (offline) is forgotten, so the next reach tries again.
 */
function loadZoom(): Promise<ZoomModules> {
  loading ??= Promise.all([import('d3-zoom'), import('d3-selection')]).then(
    ([z, s]) => ({
      select: s.select,
      zoom: z.zoom,
      zoomIdentity: z.zoomIdentity,
      zoomTransform: z.zoomTransform,
    }),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Pointing at, pressing, touching or tabbing into the chart: d3-zoom is about to be needed. */
const REACHES = ['pointerover', 'pointerdown', 'touchstart', 'focusin'] as const;

/** A wheel event as it came, to be dispatched again once d3-zoom listens. */
function copyOfWheel(event: WheelEvent): WheelEventInit {
  const { clientX, clientY, screenX, screenY, deltaX, deltaY, deltaZ, deltaMode } = event;
  const { ctrlKey, metaKey, shiftKey, altKey } = event;
  return {
    ...{ clientX, clientY, screenX, screenY, deltaX, deltaY, deltaZ, deltaMode },
    ...{ ctrlKey, metaKey, shiftKey, altKey, bubbles: true, cancelable: true },
  };
}

/**
 * Puts `target` into the behaviour (and its limits) unless it already shows it, flagged as
 * syncing so that the zoom "end" this emits is not committed as a gesture.
 */
function seat(
  m: ZoomModules,
  z: Behaviour,
  node: SVGSVGElement,
  target: ViewTransform,
  width: number,
  syncing: { current: boolean },
) {
  const bounds = zoomBoundsFor(target, width);
  z.scaleExtent(bounds.scaleExtent).translateExtent(bounds.translateExtent);
  const current = m.zoomTransform(node);
  if (Math.abs(current.k - target.k) < 1e-6 && Math.abs(current.x - target.x) < 0.5) return;
  syncing.current = true;
  z.transform(m.select(node), m.zoomIdentity.translate(target.x, 0).scale(target.k));
  syncing.current = false;
}

/**
 * The one place d3 touches the DOM: d3-zoom turns wheel, drag and pinch on `ref` into a
 * transform kept in React state, and React re-renders from it. The committed range lives
 * outside (the URL): gesture ends commit it; outside changes (brush, Back, reset) are pushed
 * back into d3-zoom with a `syncing` flag so they do not echo as commits.
 *
 * Until the reader reaches for the chart, d3-zoom is not loaded and the view is the committed
 * range's; a wheel or a zoom button used before it arrives is kept and done when it has.
 */
export function useTimeZoom(
  ref: RefObject<SVGSVGElement | null>,
  { width, wheelNeedsModifier, touchZoom, base, range, onCommit }: TimeZoomOptions,
): TimeZoom {
  // d3-zoom's transform once it drives the view; null before.
  const [driven, setDriven] = useState<ViewTransform | null>(null);
  const [modules, setModules] = useState<ZoomModules | null>(null);
  const behaviour = useRef<Behaviour | null>(null);
  const attached = useRef<ZoomModules | null>(null);
  const syncing = useRef(false);
  const pending = useRef<ZoomAction[]>([]);
  const from = range?.[0] ?? null;
  const to = range?.[1] ?? null;
  const committed = useMemo(
    () => (from !== null && to !== null ? transformForRange([from, to], base) : IDENTITY),
    [from, to, base],
  );
  // Handlers read the latest props through refs: the behaviour is built once per size.
  const latest = useRef({ base, onCommit, committed });
  useEffect(() => {
    latest.current = { base, onCommit, committed };
  });

  const request = useCallback(() => {
    loadZoom().then(setModules, () => {
      pending.current = [];
    });
  }, []);

  // Before d3-zoom is here: load it on the first reach, and keep a zooming wheel for it.
  useEffect(() => {
    const node = ref.current;
    if (modules || !node || width <= 0) return undefined;
    const reach = () => {
      request();
    };
    const wheel = (event: WheelEvent) => {
      if (!acceptsZoomGesture(event, wheelNeedsModifier, touchZoom)) return;
      // A wheel d3-zoom will take does not scroll the page, now as then.
      event.preventDefault();
      const init = copyOfWheel(event);
      pending.current.push((_z, target) => {
        target.dispatchEvent(new WheelEvent('wheel', init));
      });
      request();
    };
    for (const type of REACHES) node.addEventListener(type, reach, { passive: true });
    node.addEventListener('wheel', wheel, { passive: false });
    return () => {
      for (const type of REACHES) node.removeEventListener(type, reach);
      node.removeEventListener('wheel', wheel);
    };
  }, [ref, modules, request, width, wheelNeedsModifier, touchZoom]);

  useEffect(() => {
    const node = ref.current;
    if (!modules || !node || width <= 0) return undefined;
    // Horizontal only: y never enters the time scale, so a one-pixel-high extent suffices.
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [width, 1],
    ];
    const z = modules
      .zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .extent(extent)
      .translateExtent(extent)
      .filter((event: Event) => acceptsZoomGesture(event, wheelNeedsModifier, touchZoom))
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        setDriven(event.transform);
      })
      .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (syncing.current) return;
        latest.current.onCommit(rangeOfTransform(event.transform, latest.current.base));
      });
    const selection = modules.select(node);
    selection.call(z);
    // Re-seating the current transform emits a zoom "end" synchronously; it is not a gesture, and
    // committing it would erase the URL's window before the sync below applies it (a shared link
    // with from/to would open unzoomed and drop them).
    syncing.current = true;
    z.transform(selection, modules.zoomTransform(node));
    syncing.current = false;
    behaviour.current = z;
    attached.current = modules;
    // The committed view, then whatever the reader did while d3-zoom was on its way.
    seat(modules, z, node, latest.current.committed, width, syncing);
    const queued = pending.current;
    pending.current = [];
    for (const action of queued) action(z, node, modules);
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [ref, modules, width, wheelNeedsModifier, touchZoom]);

  // Outside changes of the committed range. Not re-run when d3-zoom arrives: the attach above
  // seats the range itself, before the reader's queued gesture, which this must not undo.
  useEffect(() => {
    const node = ref.current;
    const z = behaviour.current;
    const m = attached.current;
    if (!node || !z || !m || width <= 0) return;
    seat(m, z, node, committed, width, syncing);
  }, [ref, committed, width]);

  const act = useCallback(
    (action: ZoomAction) => {
      const node = ref.current;
      const z = behaviour.current;
      const m = attached.current;
      if (node && z && m) {
        action(z, node, m);
        return;
      }
      pending.current.push(action);
      request();
    },
    [ref, request],
  );

  return {
    transform: driven ?? committed,
    zoomIn: useCallback(() => {
      act((z, node, m) => {
        z.scaleBy(m.select(node), BUTTON_ZOOM_STEP);
      });
    }, [act]),
    zoomOut: useCallback(() => {
      act((z, node, m) => {
        z.scaleBy(m.select(node), 1 / BUTTON_ZOOM_STEP);
      });
    }, [act]),
    reset: useCallback(() => {
      act((z, node, m) => {
        z.transform(m.select(node), m.zoomIdentity);
      });
    }, [act]),
  };
}
