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

export interface QuoteLine {
  /** The source's own words, verbatim. */
  readonly quote: string;
  /** Who says so, as the dataset names them. */
  readonly who: string;
  /** Where it is said: the source's publisher. */
  readonly source: string;
}

/** Every claim of the event, in the dataset's order: its quote, who says it and in which source. */
export function quoteLines(event: Pick<TimelineEvent, 'claims'>, sources: Sources): QuoteLine[] {
  return event.claims.map((claim) => ({
    quote: claim.quote.exact,
    who: claim.attributionLabel,
    source: publisherOf(sources, claim.sourceId),
  }));
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

/** A short key per cohort, in dataset order — A, B, …, Z, AA — for the printed table. */
export function cohortKey(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${cohortKey(Math.floor(index / 26) - 1)}${letter}`;
}

/** The keys of the cohorts an event belongs to ("A, B"), or null when it is in none. */
export function cohortKeysCell(
  event: Pick<TimelineEvent, 'cohortIds'>,
  cohorts: readonly Pick<Cohort, 'id'>[],
): string | null {
  const keys = event.cohortIds.flatMap((id) => {
    const at = cohorts.findIndex((c) => c.id === id);
    return at < 0 ? [] : [cohortKey(at)];
  });
  return keys.length > 0 ? keys.join(', ') : null;
}
