import { useEffect } from 'react';

/** At most this many items per slice (fewer when the browser's idle period runs out). */
const SLICE = 2000;

/**
 * Runs `work` over every item in small slices while the page is idle, after it has painted:
 * caches that would otherwise be filled on the first interaction (e.g. search text for 100,000
 * events, ~0.5 s) are ready by the time a person acts. Stops when the items change or unmount.
 */
export function useIdleWarmup<T>(items: readonly T[], work: (item: T) => unknown): void {
  useEffect(() => {
    let next = 0;
    let handle = 0;
    const idle = typeof requestIdleCallback === 'function';
    const schedule = () => {
      handle = idle
        ? requestIdleCallback(step)
        : window.setTimeout(() => {
            step();
          }, 50);
    };
    const step = (deadline?: IdleDeadline) => {
      const first = next;
      const end = Math.min(items.length, next + SLICE);
      for (; next < end; next++) {
        // Yield when the browser's idle period is spent (a zoom frame may be due), having made
        // some progress: every 64 items, so the clock is not read per item.
        if (deadline && next > first && next % 64 === 0 && deadline.timeRemaining() < 1) break;
        const item = items[next];
        if (item !== undefined) work(item);
      }
      if (next < items.length) schedule();
    };
    schedule();
    return () => {
      if (idle) cancelIdleCallback(handle);
      else window.clearTimeout(handle);
    };
  }, [items, work]);
}
