import { KIND_LABELS } from './kinds';
import { formatCount, formatPeople, formatWindowLong } from './format';
import type { TimelineEvent } from './types';

const described = new WeakMap<TimelineEvent, string>();

/**
 * One sentence a screen reader reads for a mark: kind, title, date, count. Cached per event
 * (events are immutable): every mark's label is asked for again on every zoom frame.
 */
export function describeEvent(event: TimelineEvent): string {
  let text = described.get(event);
  if (text === undefined) {
    text = composeDescription(event);
    described.set(event, text);
  }
  return text;
}

function composeDescription(event: TimelineEvent): string {
  const parts = [
    `${KIND_LABELS[event.kind]}: ${event.title}`,
    `Date: ${formatWindowLong(event.window)}`,
  ];
  if (event.people) parts.push(`People: ${formatPeople(event.people)}`);
  if (event.sentenceLength) parts.push(`Sentence: ${formatCount(event.sentenceLength, 'years')}`);
  return `${parts.join('. ')}.`;
}
