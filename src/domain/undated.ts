import { formatWindowLong, formatWindowShort } from './format';
import type { TimeWindow } from './time-window';
import { DAY } from '../lib/time';

/**
 * A window with no start or no end: the sources give the event no date of its own, only a limit
 * ("../2023-12-08": on or before that day; "2023-12-08/..": on or after it). Such an event is not
 * drawn on the time axis, where its known edge would read as its date. The limit is often the
 * day a source reported it, but a dataset need not say so, so the words say only "on or before".
 */
export function isUndated(span: TimeWindow): boolean {
  return span.start === null || span.end === null;
}

/**
 * The one day (or month, or year) an undated window names, in the app's own date words: "8 Dec
 * 2023" short, "8 December 2023" long. Formatted as a window of that unit alone, so it reads
 * exactly as the rest of the app writes that date (uncertainty marks included).
 */
function namedBound(span: TimeWindow, long: boolean): string {
  const { start, end } = span;
  // An exclusive end edge names the last unit inside the window, as formatWindow* does.
  const edge =
    end && !start ? { ...end, at: end.precision === 'time' ? end.at : end.at - DAY / 2 } : start;
  if (!edge) return 'date not given';
  const unit: TimeWindow = { ...span, start: edge, end: null, isInterval: false };
  return long ? formatWindowLong(unit) : formatWindowShort(unit);
}

/**
 * The limit an undated event has, as a label says it: "on or before 8 Dec 2023" (no start) or
 * "on or after 8 Dec 2023" (no end). Null for a dated window.
 */
export function undatedBound(span: TimeWindow): string | null {
  if (!isUndated(span)) return null;
  if (span.start === null && span.end === null) return 'date not given';
  return span.start === null
    ? `on or before ${namedBound(span, false)}`
    : `on or after ${namedBound(span, false)}`;
}

/**
 * The same for a screen reader: "date not given; on or before 8 December 2023" or "date not
 * given; on or after 8 December 2023". Null for a dated window.
 */
export function describeUndated(span: TimeWindow): string | null {
  if (!isUndated(span)) return null;
  if (span.start === null && span.end === null) return 'date not given';
  const bound = namedBound(span, true);
  return span.start === null
    ? `date not given; on or before ${bound}`
    : `date not given; on or after ${bound}`;
}
