import { vi } from 'vitest';

/**
 * jsdom lays nothing out and observes no size: components that measure themselves (the chart,
 * the time-window strip) see width 0 and are never told of a change. Undo with
 * `vi.unstubAllGlobals()`.
 */
export function stubResizeObserver(): void {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
}
