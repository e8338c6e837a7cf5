import type { TimelineEvent } from './types';

/** True when the date is one known day (or finer), neither uncertain nor approximate. */
export function hasPreciseDate(event: TimelineEvent): boolean {
  const { start, end, isInterval, uncertain, approximate } = event.window;
  if (isInterval || uncertain || approximate || !start || !end) return false;
  return start.precision === 'day' || start.precision === 'time';
}
