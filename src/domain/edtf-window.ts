import edtf, {
  Century,
  Decade,
  defaults,
  Interval,
  List,
  Season,
  Set as EdtfSet,
  Year,
} from 'edtf';
import type { EdtfValue } from 'edtf';
import type { DatePrecision, TimeWindow } from './time-window';
import { MONTH_NAMES } from '../lib/time';

// Parsing only: this module (and edtf.js with it) loads with the data, not with the first paint,
// so the window types and anchorInstant live in time-window.ts and are imported from there.

// A time written without an offset (`2023-12-08T02:30:00`) is read as UTC, as the README says.
// edtf.js would otherwise read it in the viewer's own time zone, so that one file or shared link
// would show different events in Tokyo and in London.
defaults.offset = 0;

/**
 * The years the chart can label: axis and date labels print four-digit years, so year 10000
 * would read as "0000", and years before 0 would be printed in a form few readers know.
 */
const FIRST_INSTANT = Date.parse('0000-01-01T00:00:00.000Z');
const END_INSTANT = Date.parse('+010000-01-01T00:00:00.000Z');
const YEARS = 'the years 0–9999 that a timeline can draw';
const EXAMPLES = '"2020-12", "2023-12-08", "2020-12?", "2020-12/2023-12" or "../2023-12-08"';

function precisionOf(value: EdtfValue): DatePrecision {
  if (value instanceof Season) return 'season';
  if (value instanceof Year || value instanceof Decade || value instanceof Century) return 'year';
  switch (value.precision) {
    case 1:
      return 'year';
    case 2:
      return 'month';
    case 3:
      return 'day';
    default:
      return 'time';
  }
}

function isEdtfValue(bound: EdtfValue | number | null | undefined): bound is EdtfValue {
  return typeof bound === 'object' && bound !== null;
}

function flagged(mask: EdtfValue['uncertain']): boolean {
  return mask !== undefined && mask.value !== 0;
}

const notEdtf = (text: string) => `"${text}" is not a valid EDTF date; use e.g. ${EXAMPLES}`;

/** edtf.js reads five or more bare digits as milliseconds since 1970, not as a year. */
const EPOCH_MILLISECONDS = /^\d{5,}$/;

function parseValue(text: string): EdtfValue | null {
  if (EPOCH_MILLISECONDS.test(text)) return null;
  try {
    return edtf(text);
  } catch {
    return null;
  }
}

/** Every `YYYY-MM-DD` in the text, qualifiers (`2023-?02-29`) set aside. */
const DAY_IN_TEXT = /(\d{4})-(\d{2})-(\d{2})/g;

/**
 * The sentence for a day that no calendar has (29 February 2023, 31 April), or null. edtf.js
 * would silently roll 29 February of a common year over to 1 March; its grammar refuses the
 * rest with no word of why.
 */
function describeMissingDay(text: string): string | null {
  for (const [, yearText = '', monthText = '', dayText = ''] of text
    .replace(/[?~%]/g, '')
    .matchAll(DAY_IN_TEXT)) {
    const year = Number(yearText);
    const month = Number(monthText);
    const day = Number(dayText);
    const name = MONTH_NAMES[month - 1];
    if (name === undefined || day < 1) continue;
    const days = new Date(utc(year, month, 0)).getUTCDate();
    if (day > days) {
      return `"${text}" names a day that does not exist: ${name} ${yearText} has ${days} days`;
    }
    // Year 0 is a leap year, but edtf.js counts it as a common one and would give 1 March.
    if (year === 0 && month === 2 && day === 29) {
      return `"${text}" names 29 February of year 0, which cannot be placed; give "0000-02" instead`;
    }
  }
  return null;
}

/**
 * Why edtf.js refused an interval whose two dates are each fine: they are in the wrong order.
 * Null when that is not the reason.
 */
function describeOrder(text: string): string | null {
  const bounds = text.split('/');
  if (bounds.length !== 2) return null;
  const [lowerText = '', upperText = ''] = bounds;
  const lower = parseValue(lowerText);
  const upper = parseValue(upperText);
  if (!lower || !upper || !isSingleValue(lower) || !isSingleValue(upper)) return null;
  if (upper.max < lower.min) return `"${text}" ends before it starts`;
  if (upper.min <= lower.min) {
    return `"${text}" does not end after it starts: its second date must begin after its first`;
  }
  return null;
}

function isSingleValue(value: EdtfValue): boolean {
  return !(value instanceof Interval || value instanceof EdtfSet || value instanceof List);
}

/**
 * Reads an EDTF string into the window it allows, or returns a sentence saying what is wrong.
 * Parsing is edtf.js's; this only maps its result onto edges and rejects what cannot be drawn.
 */
export function parseEdtfWindow(text: string): TimeWindow | string {
  // Large datasets repeat the same few date strings thousands of times, and each is read twice
  // (schema check, then normalisation): remember the answers. Results are immutable.
  const known = cache.get(text);
  if (known !== undefined) return known;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const result = readWindow(text);
  cache.set(text, result);
  return result;
}

const CACHE_LIMIT = 50_000;
const cache = new Map<string, TimeWindow | string>();

function readWindow(text: string): TimeWindow | string {
  return readCommonForm(text) ?? readWithEdtfJs(text);
}

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
function utc(year: number, monthIndex: number, day: number): number {
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

/** The general path: edtf.js's grammar. Exported for the property test against the fast path. */
export function readWithEdtfJs(text: string): TimeWindow | string {
  const missingDay = describeMissingDay(text);
  if (missingDay) return missingDay;
  const value = parseValue(text);
  if (!value) return describeOrder(text) ?? notEdtf(text);
  if (value instanceof Interval) {
    if (value.lower === null || value.upper === null) {
      return `"${text}" has an unknown interval bound; write ".." for an open bound, e.g. "../2023-12-08"`;
    }
    const lower = isEdtfValue(value.lower) ? value.lower : null;
    const upper = isEdtfValue(value.upper) ? value.upper : null;
    if (!lower && !upper) return `"${text}" is open at both ends and allows any date at all`;
    const span: TimeWindow = {
      edtf: text,
      start: lower ? { at: lower.min, precision: precisionOf(lower) } : null,
      end: upper ? { at: upper.max + 1, precision: precisionOf(upper) } : null,
      isInterval: true,
      uncertain: flagged(lower?.uncertain) || flagged(upper?.uncertain),
      approximate: flagged(lower?.approximate) || flagged(upper?.approximate),
    };
    return checkRange(span) ?? span;
  }
  if (value instanceof EdtfSet || value instanceof List) {
    return `"${text}" is an EDTF set; give one date or an interval instead`;
  }
  const precision = precisionOf(value);
  const span: TimeWindow = {
    edtf: text,
    start: { at: value.min, precision },
    end: { at: value.max + 1, precision },
    isInterval: false,
    uncertain: flagged(value.uncertain),
    approximate: flagged(value.approximate),
  };
  return checkRange(span) ?? span;
}

function checkRange(span: TimeWindow): string | null {
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

/** The schema's check: null when the string is a drawable EDTF date, else what is wrong. */
export function describeEdtfProblem(text: string): string | null {
  const result = parseEdtfWindow(text);
  return typeof result === 'string' ? result : null;
}
