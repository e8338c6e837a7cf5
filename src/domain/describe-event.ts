import { KIND_LABELS } from './kinds';
import { formatCount, formatPeople, formatWindowLong } from './format';
import type { TimelineEvent } from './types';
import { formatCountRange } from './dispute-wording';
import { describeUndated } from './undated';

const described = new WeakMap<TimelineEvent, string>();

/** The chart key's line for the "≠" badge, the same on screen and in exports. */
export const DISPUTE_KEY = 'sources disagree on the number or the date';
/** The chart key's line for the dashed ring around the selected event's cohort. */
export const COHORT_KEY = 'same people as the selected event (cohort)';

/**
 * What a disputed event's sources disagree on, in neutral words: "sources disagree: 12–14" (the
 * lowest and highest figure any source gives, never an average), "sources disagree on the date",
 * or both. Null when the claims agree.
 */
export function describeDispute(event: Pick<TimelineEvent, 'dispute'>): string | null {
  const { dispute } = event;
  if (!dispute) return null;
  const { count, date } = dispute;
  if (count && date) return `sources disagree: ${formatCountRange(count)}, and on the date`;
  if (count) return `sources disagree: ${formatCountRange(count)}`;
  return 'sources disagree on the date';
}

/**
 * One sentence a screen reader reads for a mark: kind, title, date, count, whether the sources
 * disagree and how many there are; with `cohort`, that the event follows the same people as the
 * selected one. The cohort-free part is cached per event (events are immutable): every mark's
 * label is asked for again on every zoom frame.
 */
export function describeEvent(event: TimelineEvent, cohort: string | null = null): string {
  let text = described.get(event);
  if (text === undefined) {
    text = composeDescription(event);
    described.set(event, text);
  }
  return cohort === null ? text : `${text} Same cohort as the selected event: ${cohort}.`;
}

function composeDescription(event: TimelineEvent): string {
  const disagreement = describeDispute(event);
  const parts = [
    `${KIND_LABELS[event.kind]}: ${event.title}`,
    // A report without a date of its own says so, and what bound the source gives.
    `Date: ${describeUndated(event.window) ?? formatWindowLong(event.window)}`,
  ];
  if (event.people) parts.push(`People: ${formatPeople(event.people)}`);
  if (event.sentenceLength) parts.push(`Sentence: ${formatCount(event.sentenceLength, 'years')}`);
  if (disagreement) parts.push(capitalise(disagreement));
  if (event.sourceCount > 1) parts.push(`${event.sourceCount} sources`);
  return `${parts.join('. ')}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
