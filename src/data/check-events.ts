import { readId } from './format-issues';
import type { IndexedText } from './anchor-quote';
import type { RawSource2 } from './format2-schema';
import type { Checked } from './records';
import type { SkippedEvent, TimelineEvent } from '../domain/types';

/** What the format checkers share: the texts by source id, progress, and where events go. */
export interface CheckContext {
  /** A source's stored text, indexed; null when it is not stored or could not be had. */
  readonly textOf: (source: RawSource2) => IndexedText | null;
  readonly onEvent: (event: TimelineEvent) => void;
  readonly onProgress: ((checked: number, total: number) => void) | undefined;
}

/** Events between two progress reports: often enough to move a bar, rare enough to cost nothing. */
export const PROGRESS_EVERY = 2000;

/**
 * Each event on its own, in file order, the same way in both formats: its schema's verdict
 * (`checked`, one per raw event), then an id not used before, then the format's own cross-checks
 * (`check` adds problems and returns what `accept` needs, such as where its quotes stand). An
 * event with any problem is skipped and listed; one that passes is handed to `accept`. Progress
 * is reported as it goes.
 */
export function checkEvents<Event extends { readonly id: string }, Found>(
  rawEvents: readonly unknown[],
  checked: readonly Checked<Event>[],
  context: CheckContext,
  skipped: SkippedEvent[],
  check: (event: Event, problems: string[]) => Found,
  accept: (event: Event, found: Found) => void,
): void {
  const seen = new Map<string, number>();
  rawEvents.forEach((rawEvent, index) => {
    if (context.onProgress && index % PROGRESS_EVERY === 0) {
      context.onProgress(index, rawEvents.length);
    }
    const verdict = checked[index];
    if (!verdict) throw new Error(`events[${index}] reached the cross-checks without a verdict`);
    if (!verdict.ok) {
      const { problems } = verdict;
      skipped.push({ collection: 'events', index, id: readId(rawEvent), problems });
      return;
    }
    const event = verdict.value;
    const problems: string[] = [];
    const first = seen.get(event.id);
    if (first !== undefined) problems.push(`id: "${event.id}" is already used by event #${first}`);
    const found = check(event, problems);
    if (problems.length > 0) {
      skipped.push({ collection: 'events', index, id: event.id, problems });
      return;
    }
    seen.set(event.id, index);
    accept(event, found);
  });
  context.onProgress?.(rawEvents.length, rawEvents.length);
}
