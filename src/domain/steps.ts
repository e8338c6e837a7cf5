import type { TimelineEvent } from './types';

export interface Step {
  readonly event: TimelineEvent;
  readonly caption: string | null;
}

export interface StepPlan {
  readonly steps: readonly Step[];
  /** Briefing steps naming events that are not in the (filtered) dataset. */
  readonly missing: readonly string[];
}

/**
 * The presentation's steps: the briefing's order where there is one (steps whose event is
 * filtered out or unknown are skipped and reported), else every visible event in time order.
 */
export function planSteps(
  visible: readonly TimelineEvent[],
  script: readonly { readonly event: string; readonly caption?: string | undefined }[] | null,
): StepPlan {
  if (!script) return { steps: visible.map((event) => ({ event, caption: null })), missing: [] };
  const byId = new Map(visible.map((e) => [e.id, e]));
  const steps: Step[] = [];
  const missing: string[] = [];
  for (const entry of script) {
    const event = byId.get(entry.event);
    if (event) steps.push({ event, caption: entry.caption ?? null });
    else missing.push(entry.event);
  }
  return { steps, missing };
}

/** The 0-based index for a 1-based `step` from the URL, clamped to the steps there are. */
export function stepIndex(step: number | null, count: number): number {
  if (count === 0) return 0;
  return Math.min(count - 1, Math.max(0, (step ?? 1) - 1));
}
