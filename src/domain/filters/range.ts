import type { TestFilter } from './declaration';
import { parseInstant, readParam, serializeInstant } from './url-params';

/** A time window [from, to) in epoch ms. */
export type TimeRange = readonly [number, number];

/**
 * `from=2023-01-01&to=2024-01-01` (minute resolution; both or neither): the visible window,
 * called `range` in the code. An event is in it when its date window *overlaps* it — when it
 * could have happened inside. An open side reaches to infinity, so "on or before 8 Dec 2023"
 * stays in every window that starts on or before that day: hiding what might be relevant
 * would be worse, and the uncertain-dates toggle removes such events.
 */
export const rangeFilter: TestFilter<'range', TimeRange | null> = {
  type: 'test',
  key: 'range',
  params: ['from', 'to'],
  initial: null,
  read(params) {
    const from = parseInstant(readParam(params, 'from'));
    const to = parseInstant(readParam(params, 'to'));
    return from !== null && to !== null && from < to ? [from, to] : null;
  },
  write: (range) =>
    range === null || range[0] >= range[1]
      ? []
      : [
          ['from', serializeInstant(range[0])],
          ['to', serializeInstant(range[1])],
        ],
  sanitize: (range) => range,
  isActive: (range) => range !== null,
  compile(range, { start, end }) {
    if (range === null) return null;
    const [from, to] = range;
    return (i) => (start[i] ?? 0) < to && (end[i] ?? 0) > from;
  },
};
