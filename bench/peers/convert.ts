/**
 * The same events in each peer's own format, so every target in the bench draws the same thing:
 * TimelineJS3's JSON (events with start_date / end_date / text / group) and vis-timeline's items
 * (start / end / content / group) with one group per kind. Pure functions: exact values are tested.
 */

/** What a peer draws of an event: the fields both dataset formats share. */
export interface PeerSourceEvent {
  readonly id: string;
  readonly kind: string;
  readonly date: string;
  readonly title: string;
  readonly summary: string;
}

/** A calendar date at the precision the dataset gives: a year, a month or a day. */
export interface DateParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** Where a peer places an event: a point (end null) or a span from start to end, both inclusive. */
export interface Placement {
  readonly start: DateParts;
  readonly end: DateParts | null;
}

/** The kinds in the order the app draws its lanes. */
export const KIND_ORDER = ['capture', 'sentence', 'release', 'status', 'statement'] as const;

const PLAIN = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A plain EDTF date (qualifiers ? ~ % dropped) as parts; null for an open or unknown bound. */
export function partsOf(text: string): DateParts | null {
  const match = PLAIN.exec(text.replace(/[?~%]/g, ''));
  if (!match) return null;
  const [, y = '', m, d] = match;
  const year = Number(y);
  if (m === undefined) return { year };
  if (d === undefined) return { year, month: Number(m) };
  return { year, month: Number(m), day: Number(d) };
}

/**
 * A date or interval as a point or a span. A half-open interval (`../2023-12-08`,
 * `2023-09-10/..`) is a point at its known edge, as the FLOOR page draws it; null when neither
 * edge is known.
 */
export function placementOf(date: string): Placement | null {
  const [a = '', b] = date.split('/');
  if (b === undefined) {
    const start = partsOf(a);
    return start ? { start, end: null } : null;
  }
  const start = partsOf(a);
  const end = partsOf(b);
  if (start && end) return { start, end };
  const known = start ?? end;
  return known ? { start: known, end: null } : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The first day of the parts, as an ISO date (YYYY-MM-DD). */
export function firstDay(p: DateParts): string {
  return `${pad(p.year, 4)}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

/** The first day after the parts end, as an ISO date: the exclusive end of a span. */
export function dayAfter(p: DateParts): string {
  const next =
    p.month === undefined
      ? new Date(Date.UTC(p.year + 1, 0, 1))
      : p.day === undefined
        ? new Date(Date.UTC(p.year, p.month, 1))
        : new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
  return next.toISOString().slice(0, 10);
}

/** Text a peer inserts as HTML, escaped so it shows as the same text. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function label(kind: string): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** TimelineJS3 date object: strings, as its documentation gives them. */
interface TimelineJsDate {
  readonly year: string;
  readonly month?: string;
  readonly day?: string;
}

export interface TimelineJsEvent {
  readonly unique_id: string;
  readonly start_date: TimelineJsDate;
  readonly end_date?: TimelineJsDate;
  readonly text: { readonly headline: string; readonly text: string };
  readonly group: string;
}

export interface Converted<T> {
  readonly data: T;
  /** Events no peer can place (no known date at all). */
  readonly skipped: number;
}

function tlDate(p: DateParts): TimelineJsDate {
  return {
    year: String(p.year),
    ...(p.month === undefined ? {} : { month: String(p.month) }),
    ...(p.day === undefined ? {} : { day: String(p.day) }),
  };
}

/** TimelineJS3's timeline JSON ({ events }), at the dataset's own precision. */
export function toTimelineJs(
  events: readonly PeerSourceEvent[],
): Converted<{ readonly events: TimelineJsEvent[] }> {
  const out: TimelineJsEvent[] = [];
  for (const e of events) {
    const at = placementOf(e.date);
    if (!at) continue;
    out.push({
      unique_id: e.id,
      start_date: tlDate(at.start),
      ...(at.end ? { end_date: tlDate(at.end) } : {}),
      text: { headline: escapeHtml(e.title), text: escapeHtml(e.summary) },
      group: label(e.kind),
    });
  }
  return { data: { events: out }, skipped: events.length - out.length };
}

export interface VisItem {
  readonly id: string;
  readonly start: string;
  readonly end?: string;
  readonly content: string;
  readonly group: string;
}

export interface VisGroup {
  readonly id: string;
  readonly content: string;
  readonly order: number;
}

/**
 * vis-timeline's items and groups: a point at the first day of its date, or a range from the
 * first day of its start to the day after its end; one group per kind present, in lane order.
 */
export function toVisTimeline(
  events: readonly PeerSourceEvent[],
): Converted<{ readonly items: VisItem[]; readonly groups: VisGroup[] }> {
  const items: VisItem[] = [];
  const kinds = new Set<string>();
  for (const e of events) {
    const at = placementOf(e.date);
    if (!at) continue;
    kinds.add(e.kind);
    items.push({
      id: e.id,
      start: firstDay(at.start),
      ...(at.end ? { end: dayAfter(at.end) } : {}),
      content: escapeHtml(e.title),
      group: e.kind,
    });
  }
  const rank = (k: string) => {
    const i = (KIND_ORDER as readonly string[]).indexOf(k);
    return i < 0 ? KIND_ORDER.length : i;
  };
  const groups = [...kinds]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((k) => ({ id: k, content: label(k), order: rank(k) }));
  return { data: { items, groups }, skipped: events.length - items.length };
}
