import { utcFormat } from '../lib/utc-format';
import type { DatePrecision, TimeWindow, WindowEdge } from './time-window';
import type { People, QualifiedCount } from './types';
import { DAY } from '../lib/time';

const longFormats: Record<DatePrecision, (d: Date) => string> = {
  year: utcFormat('%Y'),
  season: utcFormat('%B %Y'),
  month: utcFormat('%B %Y'),
  day: utcFormat('%-d %B %Y'),
  time: utcFormat('%-d %B %Y, %H:%M UTC'),
};

const shortFormats: Record<DatePrecision, (d: Date) => string> = {
  year: utcFormat('%Y'),
  season: utcFormat('%b %Y'),
  month: utcFormat('%b %Y'),
  day: utcFormat('%-d %b %Y'),
  time: utcFormat('%-d %b %Y %H:%M'),
};

function startLabel(edge: WindowEdge, long: boolean): string {
  return (long ? longFormats : shortFormats)[edge.precision](new Date(edge.at));
}

/** An exclusive end edge names the last unit inside the span (end of 2020-12 → "December 2020"). */
function endLabel(edge: WindowEdge, long: boolean): string {
  const inside = edge.precision === 'time' ? edge.at : edge.at - DAY / 2;
  return (long ? longFormats : shortFormats)[edge.precision](new Date(inside));
}

function qualify(label: string, span: TimeWindow): string {
  if (span.uncertain && span.approximate) return `about ${label} (uncertain)`;
  if (span.uncertain) return `${label} (uncertain)`;
  if (span.approximate) return `about ${label}`;
  return label;
}

/**
 * The date in words, as the article gives it: "December 2020", "8 December 2023",
 * "date not given (on or before 8 December 2023)". Nothing more precise than the data.
 */
export function formatWindowLong(span: TimeWindow): string {
  const { start, end } = span;
  // "199X" or a decade spans several units of its precision: say so instead of naming the first.
  if (!span.isInterval && start && (!end || startLabel(start, true) === endLabel(end, true))) {
    return qualify(startLabel(start, true), span);
  }
  if (start && end)
    return qualify(`between ${startLabel(start, true)} and ${endLabel(end, true)}`, span);
  if (end) return qualify(`date not given (on or before ${endLabel(end, true)})`, span);
  if (start) return qualify(`date not given (on or after ${startLabel(start, true)})`, span);
  return 'date not given';
}

/**
 * Compact form for tooltips and the printed table: "Dec 2020 (uncertain)", "≤ 8 Dec 2023",
 * "≥ 8 Dec 2023". An uncertain date says so in a word: "?" means "number not given" on the
 * chart's marks, and a sign must not mean two things.
 */
export function formatWindowShort(span: TimeWindow): string {
  const { start, end } = span;
  const mark = span.approximate ? '~' : '';
  const tail = span.uncertain ? ' (uncertain)' : '';
  if (!span.isInterval && start && (!end || startLabel(start, false) === endLabel(end, false))) {
    return `${mark}${startLabel(start, false)}${tail}`;
  }
  if (start && end) return `${mark}${startLabel(start, false)} – ${endLabel(end, false)}${tail}`;
  if (end) return `≤ ${endLabel(end, false)}${tail}`;
  if (start) return `≥ ${startLabel(start, false)}${tail}`;
  return 'date not given';
}

/** "32", "at least 32", "up to 32", "some (number not given)", "number not given". */
export function formatCount(count: QualifiedCount, unit = ''): string {
  const u = unit ? ` ${unit}` : '';
  const range =
    count.min !== null || count.max !== null
      ? ` (between ${count.min ?? '?'} and ${count.max ?? '?'})`
      : '';
  switch (count.qualifier) {
    case 'exact':
      return `${count.value ?? '?'}${u}${range}`;
    case 'at-least':
      return `at least ${count.value ?? '?'}${u}${range}`;
    case 'up-to':
      return `up to ${count.value ?? '?'}${u}${range}`;
    case 'some':
      return `some${u} (number not given)${range}`;
    case 'unknown':
      return `number not given${range}`;
  }
}

export function formatPeople(people: People): string {
  const who = people.nationality === 'unknown' ? 'people' : `${people.nationality} people`;
  const held = people.heldBy === 'unknown' ? 'holder not given' : `held by ${people.heldBy}`;
  return `${formatCount(people, who)} · ${held}`;
}

/**
 * A count with its noun in the right number: "1 event", "2 events", "0 events". `plural` for
 * nouns that do not just take an "s" ("1 person", "2 people").
 */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${groupThousands(n)} ${n === 1 ? singular : plural}`;
}

const spanFormats = { month: utcFormat('%b %Y'), day: utcFormat('%-d %b %Y') };
/** Past this, a span is named by its months; under it, by its days. */
const MONTHS_FROM = 90 * DAY;

/**
 * The span [from, to) in words, the end exclusive as every window here is: [1 Dec, 9 Dec) is
 * "1 Dec 2023 – 8 Dec 2023", the last day inside it. Long spans by month: "Sep 2020 – Feb 2024".
 * The chart's "Visible:" line and the From/To fields name the same days this way.
 */
export function formatSpan(from: number, to: number): string {
  const last = Math.max(from, to - 1);
  const format = to - from > MONTHS_FROM ? spanFormats.month : spanFormats.day;
  return `${format(new Date(from))} – ${format(new Date(last))}`;
}

/** The first and last day of [from, to) as YYYY-MM-DD, for day fields (the end exclusive). */
export function spanDays(from: number, to: number): [string, string] {
  return [isoDay(new Date(from)), isoDay(new Date(Math.max(from, to - 1)))];
}

const isoDay = utcFormat('%Y-%m-%d');

/** "8 December 2023" from a plain YYYY-MM-DD day. */
export function formatDay(day: string): string {
  return longFormats.day(new Date(`${day}T00:00:00Z`));
}

/** When a source was published, in words: "8 December 2023", "December 2023". */
export function formatPublished(source: {
  readonly published: string;
  readonly publishedWindow: TimeWindow;
}): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(source.published)
    ? formatDay(source.published)
    : formatWindowLong(source.publishedWindow);
}

/**
 * A whole number with thousands separated by commas, "100,000": what `toLocaleString('en')`
 * gives, without its first call loading ICU's number formatting (~90 ms of the first paint of a
 * large file, measured). Fractions are rounded away: it is only used for counts.
 */
export function groupThousands(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const digits = String(Math.abs(Math.round(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return Math.round(n) < 0 ? `-${grouped}` : grouped;
}
