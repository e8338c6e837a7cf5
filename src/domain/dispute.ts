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

/** Every number a count states: its value and its bounds. */
function statedFigures(count: QualifiedCount): number[] {
  return [count.value, count.min, count.max].filter((n): n is number => n !== null);
}

function countDispute(readings: readonly QualifiedCount[]): Dispute['count'] {
  let lowest = Number.NEGATIVE_INFINITY;
  let highest = Number.POSITIVE_INFINITY;
  for (const reading of readings) {
    const [low, high] = countInterval(reading);
    lowest = Math.max(lowest, low);
    highest = Math.min(highest, high);
  }
  if (lowest <= highest) return null;
  const figures = readings.flatMap(statedFigures);
  return { low: Math.min(...figures), high: Math.max(...figures) };
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
