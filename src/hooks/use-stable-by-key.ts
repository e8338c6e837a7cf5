import { useState } from 'react';

/**
 * `value`, or the one returned before while `key` is unchanged: a structurally equal value keeps
 * its identity, so memos that depend on it do not rerun. (The URL is re-parsed on every change,
 * e.g. selecting an event; without this, every filter over 100,000 events would run again.)
 * React's "store information from previous renders" pattern: state set during render.
 */
export function useStableByKey<T>(value: T, key: string): T {
  const [held, setHeld] = useState({ key, value });
  if (held.key !== key) {
    setHeld({ key, value });
    return value;
  }
  return held.value;
}
