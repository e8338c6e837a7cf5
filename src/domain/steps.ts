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

/**
 * One slide of a briefing: the opening (title, headline, sources), an event's step, or the
 * closing (sources and the day the data was derived).
 */
export type Slide =
  | { readonly kind: 'opening' }
  | { readonly kind: 'event'; readonly step: Step; readonly number: number }
  | { readonly kind: 'closing' };

/**
 * Where a briefing stands, from the URL's `step`: 0 is the opening (no `step`, so a bare link
 * starts a talk at its beginning), 1…count the events, count + 1 the closing. Beyond the last
 * event is the closing, so an old link to a step that has since gone still lands somewhere.
 */
export function deckPosition(step: number | null, count: number): number {
  if (step === null) return 0;
  return Math.min(count + 1, Math.max(0, step));
}

/** The URL's `step` for a position: none for the opening. */
export function stepParam(position: number): number | null {
  return position <= 0 ? null : position;
}

export function slideAt(steps: readonly Step[], position: number): Slide {
  if (position <= 0) return { kind: 'opening' };
  const step = steps[position - 1];
  return step ? { kind: 'event', step, number: position } : { kind: 'closing' };
}

/** What the progress indicator reads: "Opening", "3 / 11", "Closing". */
export function progressText(slide: Slide, count: number): string {
  if (slide.kind === 'opening') return 'Opening';
  if (slide.kind === 'closing') return 'Closing';
  return `${slide.number} / ${count}`;
}

/** The same for a screen reader: "Opening, before step 1 of 11", "Step 3 of 11". */
export function progressName(slide: Slide, count: number): string {
  if (slide.kind === 'opening') return `Opening, before step 1 of ${count}`;
  if (slide.kind === 'closing') return `Closing, after step ${count} of ${count}`;
  return `Step ${slide.number} of ${count}`;
}
