import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';

/** Below this width the details sit under the chart (Tailwind's `lg`), out of the reader's view. */
const STACKED = '(max-width: 1023.98px)';

/**
 * When an event is selected on a narrow screen, brings its details (stacked under the chart and
 * the table) to the top of the screen, where the reader is looking next. The details' own
 * heading takes focus (EventDetail does that); this only scrolls, smoothly unless the reader
 * asked for reduced motion. Wide screens show the details beside the chart: nothing moves.
 */
export function useDetailsInView<T extends HTMLElement>(
  selectedId: string | null,
): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    const node = ref.current;
    if (selectedId === null || !node || !window.matchMedia(STACKED).matches) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    node.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  }, [selectedId]);
  return ref;
}
