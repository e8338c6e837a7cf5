import { KIND_LABELS } from '../../domain/kinds';
import {
  formatCount,
  formatPeople,
  formatWindowLong,
  formatWindowShort,
} from '../../domain/format';
import type { Dataset, TimelineEvent } from '../../domain/types';
import {
  cohortCell,
  cohortKey,
  cohortKeysCell,
  disputeCell,
  quoteLines,
  sourcesCell,
} from './event-cells';

interface Column {
  readonly name: string;
  /** Where the column shows: paper has no hover nor details pane, so it gets every quote. */
  readonly on: 'both' | 'screen' | 'print';
}

/**
 * The header row, in the order of each row's cells below. "Sources" only when the dataset has
 * several (with one, every row would repeat it); "Cohort" only when it follows any. On paper,
 * "Who says what" (each quote, who says it, and where) takes the place of both source columns.
 */
function columnsOf(dataset: Pick<Dataset, 'sources' | 'cohorts'>): Column[] {
  return [
    { name: 'Date', on: 'both' },
    { name: 'Kind', on: 'both' },
    { name: 'Event', on: 'both' },
    { name: 'People', on: 'both' },
    ...(dataset.sources.length > 1 ? [{ name: 'Sources', on: 'screen' } as const] : []),
    { name: 'Who says so', on: 'screen' },
    { name: 'Who says what', on: 'print' },
    ...(dataset.cohorts.length > 0 ? [{ name: 'Cohort', on: 'both' } as const] : []),
  ];
}

const SHOWN_ON: Record<Column['on'], string> = {
  both: '',
  screen: 'print:hidden',
  print: 'hidden print:table-cell',
};

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
  const withSources = columns.some((c) => c.name === 'Sources');
  const withCohort = columns.some((c) => c.name === 'Cohort');
  return (
    <table className="w-full border-collapse text-left text-sm" data-testid="event-table">
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-edge">
          {columns.map(({ name, on }, i) => (
            <th
              key={name}
              scope="col"
              className={`${i < columns.length - 1 ? 'py-1 pr-3' : 'py-1'} ${SHOWN_ON[on]}`}
            >
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
              {withSources && (
                <td className={`py-1 pr-3 ${SHOWN_ON.screen}`}>
                  {sourcesCell(event, dataset.sources)}
                </td>
              )}
              <td className={`py-1 pr-3 ${SHOWN_ON.screen}`}>{sourcesOf(event)}</td>
              <td
                className={`${withCohort ? 'py-1 pr-3' : 'py-1'} ${SHOWN_ON.print}`}
                data-testid="table-quotes"
              >
                {quoteLines(event, dataset.sources).map((line, i) => (
                  <p key={i} className={i > 0 ? 'mt-0.5' : ''}>
                    “{line.quote}” — {line.who}
                    {line.source === line.who ? '' : `, in ${line.source}`}
                  </p>
                ))}
              </td>
              {withCohort && (
                <td className="py-1">
                  <span className="print:hidden">{cohortCell(event, dataset.cohorts) ?? '—'}</span>
                  {/* Paper is tight: a key per cohort, spelt out under the table. */}
                  <span className="hidden print:inline" aria-hidden="true">
                    {cohortKeysCell(event, dataset.cohorts) ?? '—'}
                  </span>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
      {withCohort && (
        <tfoot className="hidden print:table-footer-group" aria-hidden="true">
          <tr>
            <td colSpan={columns.length} className="pt-1" data-testid="cohort-key">
              Cohorts: {dataset.cohorts.map((c, i) => `${cohortKey(i)} — ${c.label}`).join('; ')}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
