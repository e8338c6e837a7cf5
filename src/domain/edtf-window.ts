import edtf, { Century, Decade, Interval, List, Season, Set as EdtfSet, Year } from 'edtf';
import type { EdtfValue } from 'edtf';
import type { DatePrecision, TimeWindow } from './time-window';

// Parsing only: this module (and edtf.js with it) loads with the data, not with the first paint.
export type { DatePrecision, TimeWindow, WindowEdge } from './time-window';
export { anchorInstant } from './time-window';

/** JavaScript dates reach ±8.64e15 ms; beyond that nothing can be placed on a time scale. */
const MAX_TIME = 8.64e15;
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

function parseValue(text: string): EdtfValue | string {
  try {
    return edtf(text);
  } catch {
    return `"${text}" is not a valid EDTF date; use e.g. ${EXAMPLES}`;
  }
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
  const value = parseValue(text);
  if (typeof value === 'string') return value;
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
  const edges = [span.start?.at, span.end?.at].filter((x) => x !== undefined);
  if (edges.some((at) => !Number.isFinite(at) || Math.abs(at) > MAX_TIME)) {
    return `"${span.edtf}" lies outside the years a timeline can draw (about −271,000 to 275,000)`;
  }
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
