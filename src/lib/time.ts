/** Instants are epoch milliseconds, in UTC: a day is always 24 hours long. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * An instant to the nearest minute: the finest step a URL names (`2023-12-08T06:30Z`), so a view
 * committed from a zoom or a brush survives the round trip through the address unchanged.
 */
export function roundToMinute(ms: number): number {
  return Math.round(ms / MINUTE) * MINUTE;
}

/** English month names, for messages, generated text and the UI's date formats (utc-format.ts). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * The one instant every day-precision thing on a day is drawn at: noon UTC. A day's mark (the
 * middle of its window) and a reference line for that day then share an x at every zoom, so
 * zooming in never puts a release before the publication line of the same day.
 */
export function dayInstant(ms: number): number {
  return Math.floor(ms / DAY) * DAY + DAY / 2;
}

/**
 * Where a reference line given by an exclusive end edge is drawn: on its last day's instant
 * when the edge is a day boundary (the end of "8 December" is midnight of the 9th), else at it.
 */
export function referenceInstant(endEdge: number): number {
  return endEdge % DAY === 0 ? dayInstant(endEdge - DAY) : endEdge;
}
