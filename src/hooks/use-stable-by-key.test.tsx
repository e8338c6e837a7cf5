import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStableByKey } from './use-stable-by-key';

describe('useStableByKey', () => {
  it('keeps the first value while the key is unchanged, and takes the new one when it changes', () => {
    const first = { kinds: ['release'] };
    const { result, rerender } = renderHook(
      ({ value }) => useStableByKey(value, JSON.stringify(value)),
      {
        initialProps: { value: first },
      },
    );
    expect(result.current).toBe(first);
    rerender({ value: { kinds: ['release'] } }); // equal content, new object
    expect(result.current).toBe(first);
    const next = { kinds: ['capture'] };
    rerender({ value: next });
    expect(result.current).toBe(next);
    rerender({ value: { kinds: ['capture'] } });
    expect(result.current).toBe(next);
  });
});
