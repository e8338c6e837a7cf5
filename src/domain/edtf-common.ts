import type { TimeWindow } from './time-window';

/**
 * EDTF dates in their common forms, read without edtf.js, and the one door every reading goes
 * through (`readDate`). The forms people write — `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, a mark of
 * uncertainty, intervals of those — are read here; the rest of EDTF needs edtf.js's grammar
 * (edtf-window.ts), which is large and is loaded only with the schema's own check (zod): a file
 * dated only in the common forms never loads it.
 */

export const FIRST_INSTANT = Date.parse('0000-01-01T00:00:00.000Z');
export const END_INSTANT = Date.parse('+010000-01-01T00:00:00.000Z');
const YEARS = 'the years 0–9999 that a timeline can draw';

/** The general path, edtf.js's: edtf-window.ts sets it when it loads. */
let general: ((text: string) => TimeWindow | string) | null = null;

/** For edtf-window.ts, when it loads; null (in tests) stands for "not loaded". */
export function setGeneralReader(read: ((text: string) => TimeWindow | string) | null): void {
  general = read;
}

/**
 * The window an EDTF string allows, or a sentence saying what is wrong; null when the string is
 * not in a common form and edtf.js is not loaded, so that only edtf.js could say.
 */
export function readDate(text: string): TimeWindow | string | null {
  // Large datasets repeat the same few date strings thousands of times, and each is read twice
  // (schema check, then normalisation): remember the answers. Results are immutable.
  const known = cache.get(text);
  if (known !== undefined) return known;
  const result = readCommonForm(text) ?? general?.(text) ?? null;
  if (result === null) return null;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, result);
  return result;
}

const CACHE_LIMIT = 50_000;
const cache = new Map<string, TimeWindow | string>();

/**
 * The common forms — `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, each optionally ending in one of `?` `~`
 * `%`, and intervals of two of them or of one and `..` — read without edtf.js's general grammar,
 * which is a few hundred times slower (about 1 ms a string). The result is exactly what
 * the edtf.js path gives (a property test compares the two); anything this does not recognise,
 * or that is refused with a sentence (a day past the month's end; bounds that touch or cross),
 * returns null and goes to the general path, which words the refusal.
 */
export function readCommonForm(text: string): TimeWindow | null {
  const slash = text.indexOf('/');
  if (slash < 0) {
    const date = readSimpleDate(text);
    if (!date) return null;
    const span: TimeWindow = {
      edtf: text,
      start: { at: date.min, precision: date.precision },
      end: { at: date.next, precision: date.precision },
      isInterval: false,
      uncertain: date.uncertain,
      approximate: date.approximate,
    };
    return checkRange(span) === null ? span : null;
  }
  const lowerText = text.slice(0, slash);
  const upperText = text.slice(slash + 1);
  const lower = lowerText === '..' ? null : readSimpleDate(lowerText);
  const upper = upperText === '..' ? null : readSimpleDate(upperText);
  if ((lower === null && lowerText !== '..') || (upper === null && upperText !== '..')) return null;
  // Both open is refused with its own message, and bounds that touch or cross are refused by
  // edtf.js; leave the wording of both to the general path.
  if (!lower && !upper) return null;
  if (lower && upper && lower.next > upper.min) return null;
  const span: TimeWindow = {
    edtf: text,
    start: lower ? { at: lower.min, precision: lower.precision } : null,
    end: upper ? { at: upper.next, precision: upper.precision } : null,
    isInterval: true,
    uncertain: (lower?.uncertain ?? false) || (upper?.uncertain ?? false),
    approximate: (lower?.approximate ?? false) || (upper?.approximate ?? false),
  };
  return checkRange(span) === null ? span : null;
}

interface SimpleDate {
  /** First instant (epoch ms) and first instant after the date. */
  readonly min: number;
  readonly next: number;
  readonly precision: 'year' | 'month' | 'day';
  readonly uncertain: boolean;
  readonly approximate: boolean;
}

const MIN_FAST_YEAR = 1000;
const SIMPLE_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%]?)$/;

/** UTC epoch ms of a day, month index 0–12 (12 = January of the next year), day 0 = the day before. */
export function utc(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day); // midnight UTC, carrying overflow
  return date.getTime();
}

function readSimpleDate(text: string): SimpleDate | null {
  const match = SIMPLE_DATE.exec(text);
  if (!match) return null;
  const [, yearText = '', monthText, dayText, mark = ''] = match;
  const year = Number(yearText);
  // edtf.js has its own rules for years 0–99 (it treats 0000 as a common year, for one), and
  // such dates are rare: they take the general path.
  if (year < MIN_FAST_YEAR) return null;
  const uncertain = mark === '?' || mark === '%';
  const approximate = mark === '~' || mark === '%';
  if (monthText === undefined) {
    return {
      min: utc(year, 0, 1),
      next: utc(year + 1, 0, 1),
      precision: 'year',
      uncertain,
      approximate,
    };
  }
  const month = Number(monthText);
  // 13–41 are EDTF seasons and quarters; 00 is invalid: both for edtf.js.
  if (month < 1 || month > 12) return null;
  if (dayText === undefined) {
    return {
      min: utc(year, month - 1, 1),
      next: utc(year, month, 1),
      precision: 'month',
      uncertain,
      approximate,
    };
  }
  const day = Number(dayText);
  // A day past the month's end (2023-02-29) is refused by the general path, with its reason.
  const daysInMonth = new Date(utc(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return {
    min: utc(year, month - 1, day),
    next: utc(year, month - 1, day + 1),
    precision: 'day',
    uncertain,
    approximate,
  };
}

export function checkRange(span: TimeWindow): string | null {
  const starts = span.start ? [span.start.at] : [];
  const ends = span.end ? [span.end.at] : [];
  const outside = [...starts, ...ends].some(
    (at) => !Number.isFinite(at) || at < FIRST_INSTANT || at > END_INSTANT,
  );
  if (outside) return `"${span.edtf}" lies outside ${YEARS}`;
  if (span.start && span.end && span.start.at >= span.end.at) {
    return `"${span.edtf}" ends before it starts`;
  }
  return null;
}
