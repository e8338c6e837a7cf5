/**
 * "Settled": the first QUIET_MS with no DOM change and no long task. Activity is a list of spans
 * (a DOM change is an instant: start = end; a long task or long animation frame runs from its
 * start to its end). Pure, so the rule is tested with exact values.
 */

export type Activity = readonly [start: number, end: number];

export interface Settled {
  /** The end of the last activity before the quiet window (or `since` if none follows it). */
  readonly at: number;
  /** Whether the window after `at` is complete, so no later activity can move `at`. */
  readonly final: boolean;
}

/**
 * The first time `at` ≥ `since`, at `since` or at the end of an activity, such that nothing
 * happens in (at, at + quietMs]: an activity overlaps that window when it ends after `at` and
 * starts no later than `at + quietMs`. `final` once `now` has passed the window by `marginMs`
 * (performance entries are delivered a little after the task they describe).
 */
export function settledAt(
  activity: readonly Activity[],
  since: number,
  quietMs: number,
  now: number,
  marginMs = 200,
): Settled {
  const spans = [...activity].sort((a, b) => a[0] - b[0]);
  let at = since;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    if (start > at + quietMs) break;
    at = end;
  }
  return { at, final: now >= at + quietMs + marginMs };
}
