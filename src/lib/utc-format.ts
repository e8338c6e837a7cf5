import { MONTH_NAMES } from './time';

/**
 * UTC date formats in d3-time-format's notation, for the directives the app writes: %Y %m %d
 * %-d %B %b %a %H %I %M %S %L %p, in English as d3's default locale is. The same strings as
 * d3's utcFormat (tested against it), without its parser and locale machinery, which the page
 * would load and never use.
 */
const MONTHS = MONTH_NAMES;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `value` in at least `width` digits, zero-padded after any minus sign (as d3 pads). */
function pad(value: number, width: number): string {
  const digits = String(Math.abs(value)).padStart(width, '0');
  return value < 0 ? `-${digits}` : digits;
}

type Part = (date: Date, padded: boolean) => string;

const PARTS: Record<string, Part> = {
  // Four digits at most: year 10000 reads "0000", as in d3.
  Y: (d) => pad(d.getUTCFullYear() % 10000, 4),
  m: (d, p) => (p ? pad(d.getUTCMonth() + 1, 2) : String(d.getUTCMonth() + 1)),
  d: (d, p) => (p ? pad(d.getUTCDate(), 2) : String(d.getUTCDate())),
  B: (d) => MONTHS[d.getUTCMonth()] ?? '',
  b: (d) => (MONTHS[d.getUTCMonth()] ?? '').slice(0, 3),
  a: (d) => WEEKDAYS[d.getUTCDay()] ?? '',
  H: (d, p) => (p ? pad(d.getUTCHours(), 2) : String(d.getUTCHours())),
  I: (d, p) => {
    const hour = d.getUTCHours() % 12 || 12;
    return p ? pad(hour, 2) : String(hour);
  },
  M: (d, p) => (p ? pad(d.getUTCMinutes(), 2) : String(d.getUTCMinutes())),
  S: (d, p) => (p ? pad(d.getUTCSeconds(), 2) : String(d.getUTCSeconds())),
  L: (d) => pad(d.getUTCMilliseconds(), 3),
  p: (d) => (d.getUTCHours() >= 12 ? 'PM' : 'AM'),
};

/** A formatter for `specifier` ("%-d %B %Y"); a directive not listed above is an error. */
export function utcFormat(specifier: string): (date: Date) => string {
  const pieces: (string | { part: Part; padded: boolean })[] = [];
  const pattern = /%(-?)(.)|[^%]+/g;
  for (const match of specifier.matchAll(pattern)) {
    const [text, flag, directive] = match;
    if (directive === undefined) {
      pieces.push(text);
      continue;
    }
    const part = PARTS[directive];
    if (!part) throw new Error(`utcFormat: %${directive} is not supported (in "${specifier}")`);
    pieces.push({ part, padded: flag !== '-' });
  }
  return (date) =>
    pieces
      .map((piece) => (typeof piece === 'string' ? piece : piece.part(date, piece.padded)))
      .join('');
}
