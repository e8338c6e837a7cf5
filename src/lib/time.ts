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

/** English month names, for messages and generated text (the UI formats dates with d3). */
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
