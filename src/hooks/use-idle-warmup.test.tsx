import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useIdleWarmup } from './use-idle-warmup';

describe('useIdleWarmup', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('visits 5,000 items once each, in order, in slices of 2,000', () => {
    const items = Array.from({ length: 5000 }, (_, i) => i);
    const seen: number[] = [];
    renderHook(() => {
      useIdleWarmup(items, (n) => seen.push(n));
    });
    expect(seen).toHaveLength(0); // nothing during render or commit
    vi.advanceTimersToNextTimer();
    expect(seen).toHaveLength(2000);
    vi.runAllTimers();
    expect(seen).toStrictEqual(items);
  });

  it('stops when unmounted', () => {
    const items = Array.from({ length: 5000 }, (_, i) => i);
    const seen: number[] = [];
    const { unmount } = renderHook(() => {
      useIdleWarmup(items, (n) => seen.push(n));
    });
    vi.advanceTimersToNextTimer();
    unmount();
    vi.runAllTimers();
    expect(seen).toHaveLength(2000);
  });

  it('with requestIdleCallback, yields every 64 items once the idle period is spent', () => {
    const pending: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => pending.push(cb));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const items = Array.from({ length: 200 }, (_, i) => i);
    const seen: number[] = [];
    const { unmount } = renderHook(() => {
      useIdleWarmup(items, (n) => seen.push(n));
    });
    const spent: IdleDeadline = { didTimeout: false, timeRemaining: () => 0 };
    const sizes: number[] = [];
    while (pending.length > 0) {
      const before = seen.length;
      pending.shift()?.(spent);
      sizes.push(seen.length - before);
    }
    expect(sizes).toStrictEqual([64, 64, 64, 8]);
    expect(seen).toStrictEqual(items);
    unmount();
    vi.unstubAllGlobals();
  });
});
