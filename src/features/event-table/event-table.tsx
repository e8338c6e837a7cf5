import { KIND_LABELS } from '../../domain/kinds';
import {
  formatCount,
  formatPeople,
  formatWindowLong,
  formatWindowShort,
} from '../../domain/format';
import type { Dataset, TimelineEvent } from '../../domain/types';
import { cohortCell, disputeCell, sourcesCell } from './event-cells';

/**
 * The header row, in the order of each row's cells below. "Sources" only when the dataset has
 * several (with one, every row would repeat it, and the printed page has no room to spare);
 * "Cohort" only when it follows any.
 */
function columnsOf(dataset: Pick<Dataset, 'sources' | 'cohorts'>): string[] {
  return [
    'Date',
    'Kind',
    'Event',
    'People',
    ...(dataset.sources.length > 1 ? ['Sources'] : []),
    'Who says so',
    ...(dataset.cohorts.length > 0 ? ['Cohort'] : []),
  ];
}

function sourcesOf(event: TimelineEvent): string {
  return [...new Set(event.claims.map((c) => c.attributionLabel))].join('; ');
}

/**
 * The visible events as a table, in time order: the chart's text alternative for screen
 * readers, and what the printed page lists under the chart.
 */
export function EventTable({
  events,
  caption,
  dataset,
}: {
  events: readonly TimelineEvent[];
  caption: string;
  /** Where publishers and cohort labels are read from. */
  dataset: Pick<Dataset, 'sources' | 'cohorts'>;
}) {
  const columns = columnsOf(dataset);
  const withSources = columns.includes('Sources');
  const withCohort = columns.includes('Cohort');
  return (
    <table className="w-full border-collapse text-left text-sm" data-testid="event-table">
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-edge">
          {columns.map((name, i) => (
            <th key={name} scope="col" className={i < columns.length - 1 ? 'py-1 pr-3' : 'py-1'}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {events.map((event) => {
          const dispute = disputeCell(event, dataset.sources);
          return (
            <tr key={event.id} className="border-b border-edge align-top">
              <td className="py-1 pr-3">
                <span className="print:hidden">{formatWindowLong(event.window)}</span>
                {/* Paper is tight: the compact form, hidden from screen readers (they get the long one). */}
                <span className="hidden print:inline" aria-hidden="true">
                  {formatWindowShort(event.window)}
                </span>
              </td>
              <td className="py-1 pr-3">{KIND_LABELS[event.kind]}</td>
              <th scope="row" className="py-1 pr-3 font-normal">
                {event.title}
              </th>
              <td className="py-1 pr-3">
                {event.people ? formatPeople(event.people) : '—'}
                {event.sentenceLength
                  ? `; sentence ${formatCount(event.sentenceLength, 'years')}`
                  : ''}
                {dispute && (
                  <span className="mt-0.5 block font-medium" data-testid="table-dispute">
                    <span aria-hidden="true">≠ </span>
                    {dispute}
                  </span>
                )}
              </td>
              {withSources && <td className="py-1 pr-3">{sourcesCell(event, dataset.sources)}</td>}
              <td className={withCohort ? 'py-1 pr-3' : 'py-1'}>{sourcesOf(event)}</td>
              {withCohort && <td className="py-1">{cohortCell(event, dataset.cohorts) ?? '—'}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
