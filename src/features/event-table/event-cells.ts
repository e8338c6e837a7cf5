import { describeDispute } from '../../domain/describe-event';
import { formatCount, formatWindowLong } from '../../domain/format';
import type { Claim, Cohort, SourceInfo, TimelineEvent } from '../../domain/types';

type Sources = readonly Pick<SourceInfo, 'id' | 'publisher'>[];

function publisherOf(sources: Sources, id: string): string {
  return sources.find((source) => source.id === id)?.publisher ?? id;
}

/** Each source's publisher once, in the order the event's claims first cite it. */
export function publishersOf(event: Pick<TimelineEvent, 'claims'>, sources: Sources): string[] {
  return [...new Set(event.claims.map((claim) => publisherOf(sources, claim.sourceId)))];
}

/** "Northwind Courier", or with several: "3 sources: Northwind Courier; …". */
export function sourcesCell(event: Pick<TimelineEvent, 'claims'>, sources: Sources): string {
  const publishers = publishersOf(event, sources);
  return publishers.length === 1
    ? publishers.join('')
    : `${publishers.length} sources: ${publishers.join('; ')}`;
}

/** What each source says, once per different reading: "Harbor Rights Watch says 14". */
function readings(
  event: TimelineEvent,
  sources: Sources,
  read: (claim: Claim) => string | null,
): string[] {
  const said = event.claims
    .map((claim) => {
      const reading = read(claim);
      return reading === null ? null : `${publisherOf(sources, claim.sourceId)} says ${reading}`;
    })
    .filter((line): line is string => line !== null);
  return [...new Set(said)];
}

/**
 * A disputed event's disagreement in words, with who says what and the analyst's reading marked
 * as such (never an average): "Sources disagree: 12–14. Northwind Courier says 12; Harbor Rights
 * Watch says 14. Analyst's reading: 12." Null when the sources agree.
 */
export function disputeCell(event: TimelineEvent, sources: Sources): string | null {
  const headline = describeDispute(event);
  if (!event.dispute || headline === null) return null;
  const parts = [`${headline.charAt(0).toUpperCase()}${headline.slice(1)}.`];
  const reading = event.people;
  if (event.dispute.count) {
    const counts = readings(event, sources, (claim) => {
      const people = claim.people ?? reading;
      return people ? formatCount(people) : null;
    });
    parts.push(`${counts.join('; ')}.`);
    if (reading) parts.push(`Analyst’s reading: ${formatCount(reading)}.`);
  }
  if (event.dispute.date) {
    const dates = readings(event, sources, (claim) =>
      formatWindowLong(claim.window ?? event.window),
    );
    parts.push(`${dates.join('; ')}.`);
  }
  return parts.join(' ');
}

/** The labels of the cohorts an event belongs to, or null when it is in none. */
export function cohortCell(
  event: Pick<TimelineEvent, 'cohortIds'>,
  cohorts: readonly Pick<Cohort, 'id' | 'label'>[],
): string | null {
  const labels = event.cohortIds.map((id) => cohorts.find((c) => c.id === id)?.label ?? id);
  return labels.length > 0 ? labels.join('; ') : null;
}
