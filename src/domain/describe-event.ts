import { KIND_LABELS } from './kinds';
import { formatCount, formatPeople, formatWindowLong } from './format';
import type { TimelineEvent } from './types';

/** One sentence a screen reader reads for a mark: kind, title, date, count. */
export function describeEvent(event: TimelineEvent): string {
  const parts = [
    `${KIND_LABELS[event.kind]}: ${event.title}`,
    `Date: ${formatWindowLong(event.window)}`,
  ];
  if (event.people) parts.push(`People: ${formatPeople(event.people)}`);
  if (event.sentenceLength) parts.push(`Sentence: ${formatCount(event.sentenceLength, 'years')}`);
  return `${parts.join('. ')}.`;
}
