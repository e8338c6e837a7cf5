import type { Claim, Dispute, People, QualifiedCount } from './types';
import type { TimeWindow } from './time-window';

/**
 * Whether an event's claims disagree, derived and never typed. Claims disagree when they cannot
 * all be true: no single figure fits every count a source gives, or no instant fits every date.
 * "At least 30" and "32" agree; "32" and "34" do not; "some" agrees with any number above none.
 * A claim that gives no reading of its own says what the event says.
 */

/** The figures a count allows, as [lowest, highest]; the highest may be Infinity. */
export function countInterval(count: QualifiedCount): readonly [number, number] {
  const { value, qualifier, min, max } = count;
  switch (qualifier) {
    case 'exact':
      return [value ?? 0, value ?? Number.POSITIVE_INFINITY];
    case 'at-least':
      return [value ?? min ?? 0, max ?? Number.POSITIVE_INFINITY];
    case 'up-to':
      return [min ?? 0, value ?? max ?? Number.POSITIVE_INFINITY];
    case 'some':
      return [Math.max(min ?? 1, 1), max ?? Number.POSITIVE_INFINITY];
    case 'unknown':
      return [min ?? 0, max ?? Number.POSITIVE_INFINITY];
  }
}

function countDispute(readings: readonly QualifiedCount[]): Dispute['count'] {
  const intervals = readings.map(countInterval);
  const latestLow = Math.max(...intervals.map(([low]) => low));
  const earliestHigh = Math.min(...intervals.map(([, high]) => high));
  if (intervals.length === 0 || latestLow <= earliestHigh) return null;
  // What the sources allow between them, never narrower: "up to 10" allows 0, "at least 50"
  // sets no ceiling. The high end is the highest figure any source states.
  const low = Math.min(...intervals.map(([l]) => l));
  const stated = readings.flatMap((r) =>
    [r.value, r.min, r.max].filter((n): n is number => n !== null),
  );
  const finiteHighs = intervals.map(([, h]) => h).filter((h) => Number.isFinite(h));
  const high = Math.max(low, ...stated, ...finiteHighs);
  const openHigh = intervals.some(([, h]) => !Number.isFinite(h));
  return { low, high, openHigh };
}

function datesDisagree(windows: readonly TimeWindow[]): boolean {
  let latestStart = Number.NEGATIVE_INFINITY;
  let earliestEnd = Number.POSITIVE_INFINITY;
  for (const window of windows) {
    latestStart = Math.max(latestStart, window.start?.at ?? Number.NEGATIVE_INFINITY);
    earliestEnd = Math.min(earliestEnd, window.end?.at ?? Number.POSITIVE_INFINITY);
  }
  // Ends are the first instant after a window: touching windows share no instant.
  return latestStart >= earliestEnd;
}

export function deriveDispute(
  event: { readonly people: People | null; readonly window: TimeWindow },
  claims: readonly Pick<Claim, 'people' | 'window'>[],
): Dispute | null {
  const readings = claims
    .map((claim) => claim.people ?? event.people)
    .filter((people): people is People => people !== null);
  const count = countDispute(readings);
  const date = datesDisagree(claims.map((claim) => claim.window ?? event.window));
  return count || date ? { count, date } : null;
}

/** How many distinct sources the claims cite. */
export function countSources(claims: readonly Pick<Claim, 'sourceId'>[]): number {
  return new Set(claims.map((claim) => claim.sourceId)).size;
}
