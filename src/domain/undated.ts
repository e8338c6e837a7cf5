import { formatWindowLong, formatWindowShort } from './format';
import type { TimeWindow } from './time-window';
import { DAY } from '../lib/time';

/**
 * A window with no start or no end: the source reports the event without a date of its own
 * ("../2023-12-08": reported by then; "2023-12-08/..": from then, the end not given). Such an
 * event is not drawn on the time axis, where its known edge would read as its date.
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
 * The bound an undated event is reported against, as a label says it: "reported by 8 Dec
 * 2023" (no start) or "from 8 Dec 2023" (no end). Null for a dated window.
 */
export function undatedBound(span: TimeWindow): string | null {
  if (!isUndated(span)) return null;
  return span.start === null
    ? `reported by ${namedBound(span, false)}`
    : `from ${namedBound(span, false)}`;
}

/**
 * The same for a screen reader: "date not given; reported by 8 December 2023" or "date not
 * given; not before 8 December 2023". Null for a dated window.
 */
export function describeUndated(span: TimeWindow): string | null {
  if (!isUndated(span)) return null;
  const bound = namedBound(span, true);
  return span.start === null
    ? `date not given; reported by ${bound}`
    : `date not given; not before ${bound}`;
}
