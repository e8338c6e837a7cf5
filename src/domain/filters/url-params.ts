/** Reading and writing URL parameter values: shared by the filter declarations and the codec. */
import { SLUG } from '../../lib/slug';
import { DAY } from '../../lib/time';

const MAX_PARAM = 2000;
export const MAX_QUERY = 200;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})Z)?$/;
/** Years a URL may name: the same span a timeline can draw is far more than any view needs. */
const MIN_YEAR = 0;
const MAX_YEAR = 9999;

export function readParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  return value === null || value.length > MAX_PARAM ? null : value;
}

/**
 * A comma list: `null` when absent or when nothing in it is valid (garbage → default);
 * `[]` only for an explicitly empty value (`kind=`, everything unticked).
 */
export function readList<T extends string>(
  raw: string | null,
  isValid: (v: string) => v is T,
): T[] | null {
  if (raw === null) return null;
  if (raw === '') return [];
  const values = [...new Set(raw.split(',').filter(isValid))];
  return values.length > 0 ? values : null;
}

export const isSlug = (v: string): v is string => SLUG.test(v);

/** Sorted, so one selection has one URL. */
export function sorted(values: readonly string[]): string[] {
  return [...values].sort();
}

/**
 * Search text as the URL may hold it: at most MAX_QUERY characters, cut on whole code points,
 * with lone surrogates dropped (encodeURIComponent throws on them).
 */
export function cleanQuery(text: string): string {
  return Array.from(
    text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ''),
  )
    .slice(0, MAX_QUERY)
    .join('');
}

export function parseInstant(text: string | null): number | null {
  const m = text === null ? null : INSTANT.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map((part) => (part ? Number(part) : 0));
  if (year === undefined || month === undefined || day === undefined) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || (hour ?? 0) > 23 || (minute ?? 0) > 59) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour ?? 0, minute ?? 0, 0, 0);
  // Rejects 2023-02-30 and friends, which Date would silently roll over.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.getTime();
}

/** `2023-12-08` at midnight UTC, else `2023-12-08T06:30Z`. */
export function serializeInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return ms % DAY === 0 ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}
