import { KIND_LABELS } from '../../domain/kinds';
import {
  formatCount,
  formatPeople,
  formatWindowLong,
  formatWindowShort,
} from '../../domain/format';
import type { TimelineEvent } from '../../domain/types';

/** The header row, in the order of each row's cells below. */
const COLUMNS = ['Date', 'Kind', 'Event', 'People', 'Who says so'] as const;

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
}: {
  events: readonly TimelineEvent[];
  caption: string;
}) {
  return (
    <table className="w-full border-collapse text-left text-sm" data-testid="event-table">
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-edge">
          {COLUMNS.map((name, i) => (
            <th key={name} scope="col" className={i < COLUMNS.length - 1 ? 'py-1 pr-3' : 'py-1'}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
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
            </td>
            <td className="py-1">{sourcesOf(event)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
