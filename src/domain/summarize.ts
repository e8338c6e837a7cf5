import { utcFormat } from '../lib/utc-format';
import { columnsOf } from './event-columns';
import { EVENT_KINDS, KIND_NOUNS } from './kinds';
import { countOf } from './format';
import type { TimelineEvent } from './types';
import { DAY } from '../lib/time';

const monthYear = utcFormat('%b %Y');
const HALF_DAY = DAY / 2;

/**
 * Earliest and latest instants any event's window pins down, as [first instant, end) — the
 * edges the time scale spans. Open sides contribute nothing.
 */
export function boundedExtent(events: readonly TimelineEvent[]): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const { window: span } of events) {
    for (const at of [span.start?.at, span.end?.at]) {
      if (at === undefined) continue;
      lo = Math.min(lo, at);
      hi = Math.max(hi, at);
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * The first and last instants the data names, for wording: an end edge is exclusive (the end
 * of December is 1 January), so it names the moment before it; a start edge names itself.
 */
function namedExtent(events: readonly TimelineEvent[]): [number, number] | null {
  // Over the cached columns: this runs on every filter change (the chart's description).
  const { start, end, size } = columnsOf(events);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < size; i++) {
    const from = start[i] ?? Number.NEGATIVE_INFINITY;
    const to = (end[i] ?? Number.POSITIVE_INFINITY) - HALF_DAY;
    // An open edge (±∞) names nothing.
    if (Number.isFinite(from)) {
      lo = Math.min(lo, from);
      hi = Math.max(hi, from);
    }
    if (Number.isFinite(to)) {
      lo = Math.min(lo, to);
      hi = Math.max(hi, to);
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** The header's one line: "11 events, Dec 2020 – Dec 2023". */
export function summarizeEvents(events: readonly TimelineEvent[]): string {
  const counted = countOf(events.length, 'event');
  const extent = namedExtent(events);
  if (!extent) return counted;
  const from = monthYear(new Date(extent[0]));
  const to = monthYear(new Date(extent[1]));
  return `${counted}, ${from === to ? from : `${from} – ${to}`}`;
}

/**
 * What a screen reader hears with the chart: the count of each kind and the span, e.g.
 * "11 events: 3 captures & arrests, 2 sentences, … Dec 2020 – Dec 2023.", and on how many the
 * sources disagree, when any.
 */
export function describeChart(events: readonly TimelineEvent[]): string {
  if (events.length === 0) return 'No events.';
  const { byKind } = columnsOf(events);
  const counts = EVENT_KINDS.map((kind, k) => [kind, byKind[k]?.length ?? 0] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${KIND_NOUNS[kind][n === 1 ? 0 : 1]}`);
  const extent = namedExtent(events);
  const span = extent
    ? `; dated ${monthYear(new Date(extent[0]))} – ${monthYear(new Date(extent[1]))}`
    : '';
  const disputed = events.reduce((n, event) => n + (event.dispute ? 1 : 0), 0);
  const disagreement = disputed > 0 ? `; sources disagree on ${disputed} of them` : '';
  return `${countOf(events.length, 'event')}: ${counts.join(', ')}${span}${disagreement}.`;
}
