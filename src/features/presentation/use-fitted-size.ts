import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

export interface FittedSize {
  /** The size to draw at, in px. */
  readonly size: number;
  /** The box's content fits it at that size (false while measuring, and at the floor if not). */
  readonly fits: boolean;
}

/**
 * A type size that starts at `start` and steps down a pixel at a time while the box's content
 * is taller than the box, never below `min`. For one `key` (the window's size, the slide) it
 * only ever goes down, so measuring cannot make it oscillate; a new key starts again from
 * `start`. The box is measured in layout effects, so the steps are taken before a paint.
 * `mounted` says whether the box is drawn now, so a box that comes back is measured again.
 */
export function useFittedSize(
  box: RefObject<HTMLElement | null>,
  { start, min, key, mounted }: { start: number; min: number; key: string; mounted: boolean },
): FittedSize {
  const [state, setState] = useState({ key, size: start });
  const [fits, setFits] = useState(false);
  // A new key (the window was resized, another slide) starts over: derived during render.
  if (state.key !== key) setState({ key, size: start });
  const size = state.key === key ? state.size : start;

  useLayoutEffect(() => {
    const node = box.current;
    if (!node || !mounted) return undefined;
    const check = () => {
      const over = node.scrollHeight > node.clientHeight + 1;
      setFits(!over);
      if (over && size > min) {
        setState((prev) =>
          prev.key === key && prev.size === size ? { key, size: size - 1 } : prev,
        );
      }
    };
    check();
    // The content's own size changes too (the chart draws after it has measured its width).
    const observer = new ResizeObserver(check);
    observer.observe(node);
    for (const child of Array.from(node.children)) observer.observe(child);
    return () => {
      observer.disconnect();
    };
  }, [box, key, size, min, mounted]);

  return { size, fits: fits && state.key === key };
}
