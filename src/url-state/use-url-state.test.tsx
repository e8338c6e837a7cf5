import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUrlState } from './use-url-state';

beforeEach(() => {
  window.history.replaceState(null, '', '/app/?kind=release#top');
});

afterEach(() => {
  vi.restoreAllMocks();
});

function spyOnHistory() {
  return {
    push: vi.spyOn(window.history, 'pushState'),
    replace: vi.spyOn(window.history, 'replaceState'),
  };
}

describe('useUrlState', () => {
  it('reads the view from the address', () => {
    const { result } = renderHook(() => useUrlState());
    expect(result.current[0].kinds).toEqual(['release']);
  });

  it('pushes a change by default, keeping the path and the hash, and re-reads it', () => {
    const { result } = renderHook(() => useUrlState());
    const history = spyOnHistory();
    act(() => {
      result.current[1]({ q: 'Hadrut', event: 'joint-statement' });
    });
    expect(history.push.mock.calls).toEqual([
      [null, '', '/app/?kind=release&q=Hadrut&event=joint-statement#top'],
    ]);
    expect(history.replace).not.toHaveBeenCalled();
    expect(result.current[0].q).toBe('Hadrut');
    expect(result.current[0].event).toBe('joint-statement');
  });

  it('replaces when asked, and writes nothing when the view does not change', () => {
    const { result } = renderHook(() => useUrlState());
    const history = spyOnHistory();
    act(() => {
      result.current[1]({ kinds: ['capture', 'release'] }, 'replace');
    });
    act(() => {
      result.current[1]({ kinds: ['release', 'capture'] });
    });
    expect(history.replace.mock.calls).toEqual([[null, '', '/app/?kind=capture,release#top']]);
    expect(history.push).not.toHaveBeenCalled();
    expect(window.location.search).toBe('?kind=capture,release');
  });
});
