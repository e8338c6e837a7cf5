import { lazy, Suspense } from 'react';
import { countOf } from '../domain/format';
import type { Dataset, TimelineEvent } from '../domain/types';
import { Disclosure } from '../ui/disclosure';
import { PartBoundary } from './part-boundary';

// The table is closed on screen until asked for: its code is fetched as the app starts, beside
// the dataset, not in the first bytes, and is there before anyone opens or prints it (offline too).
const tableModule = import('../features/event-table/event-table');
const EventTable = lazy(() => tableModule.then((module) => ({ default: module.EventTable })));

/** Above this many events the table is built only on request (and not printed). */
export const PRINT_TABLE_MAX = 200;

/** The events as a table, on request on screen and on paper when it fits. */
export function TableDisclosure({
  events,
  dataset,
}: {
  events: readonly TimelineEvent[];
  dataset: Pick<Dataset, 'sources' | 'cohorts'>;
}) {
  const caption = `The ${countOf(events.length, 'event')} shown, in time order`;
  const printed = events.length <= PRINT_TABLE_MAX;
  return (
    <Disclosure
      className="flex flex-col gap-2"
      buttonClassName="no-print"
      panelClassName={`${printed ? 'print-block' : ''} overflow-x-auto`}
      label={(open) => (open ? 'Hide table' : 'Show as table')}
      withoutScripts="open"
    >
      {(open) =>
        (open || printed) && (
          <PartBoundary part="the table">
            <Suspense fallback={open ? <p role="status">Loading the table…</p> : null}>
              <EventTable events={events} caption={caption} dataset={dataset} />
            </Suspense>
          </PartBoundary>
        )
      }
    </Disclosure>
  );
}
