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
import { checkRange, readDate, setGeneralReader, utc } from './edtf-common';
import { MONTH_NAMES } from '../lib/time';

// Parsing only: this module (and edtf.js with it) loads with the schema's check, not with the
// first paint nor with a file dated only in common forms (edtf-common.ts reads those), so the
// window types and anchorInstant live in time-window.ts and are imported from there.

export { readCommonForm } from './edtf-common';

// A time written without an offset (`2023-12-08T02:30:00`) is read as UTC, as the README says.
// edtf.js would otherwise read it in the viewer's own time zone, so that one file or shared link
// would show different events in Tokyo and in London.
defaults.offset = 0;

/**
 * The years the chart can label: axis and date labels print four-digit years, so year 10000
 * would read as "0000", and years before 0 would be printed in a form few readers know.
 */
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
 * Parsing is edtf.js's (the common forms without it: edtf-common.ts); this only maps its result
 * onto edges and rejects what cannot be drawn.
 */
export function parseEdtfWindow(text: string): TimeWindow | string {
  return readDate(text) ?? readWithEdtfJs(text);
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

/** The schema's check: null when the string is a drawable EDTF date, else what is wrong. */
export function describeEdtfProblem(text: string): string | null {
  const result = parseEdtfWindow(text);
  return typeof result === 'string' ? result : null;
}

// From now on every reading of a date (edtf-common.ts's readDate) can use edtf.js.
setGeneralReader(readWithEdtfJs);
