import type { CountRange, Dispute, QualifiedCount } from './types';
import { formatCount, groupThousands } from './format';

/**
 * How a disagreement between sources is said: always as the range the sources give, never as an
 * average, and the analyst's own figure always named as a reading, not as the fact.
 */

/**
 * "12–14": what the sources allow between them. "20–50 or more" when one sets no ceiling, and
 * "0 or more" when that is all there is to say: the range is never narrower than the sources.
 */
export function formatCountRange(range: CountRange): string {
  const more = range.openHigh ? ' or more' : '';
  if (range.low === range.high) return `${groupThousands(range.low)}${more}`;
  return `${groupThousands(range.low)}–${groupThousands(range.high)}${more}`;
}

/** "12–14 people, sources disagree": the count a disputed event shows in place of one figure. */
export function disputedCountLabel(range: CountRange): string {
  return `${formatCountRange(range)} people, sources disagree`;
}

/**
 * The short form for a marker, a caption or an accessible name: "Sources disagree: 12–14",
 * "Sources disagree on the date", "Sources disagree: 12–14, and on the date".
 */
export function disputeSummary(dispute: Dispute): string {
  if (dispute.count && dispute.date)
    return `Sources disagree: ${formatCountRange(dispute.count)}, and on the date`;
  if (dispute.count) return `Sources disagree: ${formatCountRange(dispute.count)}`;
  return 'Sources disagree on the date';
}

/** "Analyst's reading: 12 Arland people · held by Belmark", from the event's own reading. */
export function analystReading(reading: string): string {
  return `Analyst's reading: ${reading}`;
}

/** "Northwind Courier says 12", "Harbor Rights Watch says at least 14". */
export function sourceSays(publisher: string, counts: readonly QualifiedCount[]): string {
  const figures = [...new Set(counts.map((count) => formatCount(count)))];
  return figures.length === 0
    ? `${publisher} gives no figure`
    : `${publisher} says ${figures.join(' and ')}`;
}
