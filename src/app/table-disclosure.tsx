import { useId, useState } from 'react';
import type { TimelineEvent } from '../domain/types';
import { EventTable } from '../features/event-table/event-table';

/** Above this many events the table is built only on request (and not printed). */
export const PRINT_TABLE_MAX = 200;

/** The events as a table, on request on screen and on paper when it fits. */
export function TableDisclosure({ events }: { events: readonly TimelineEvent[] }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const caption = `The ${events.length} event${events.length === 1 ? '' : 's'} shown, in time order`;
  return (
    <section className="flex flex-col gap-2">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        className="no-print self-start rounded-md border border-[var(--ct-border)] bg-[var(--ct-surface)] px-2 py-1 text-sm hover:bg-[var(--ct-hover)]"
        onClick={() => {
          setOpen((v) => !v);
        }}
      >
        {open ? 'Hide table' : 'Show as table'}
      </button>
      <div
        id={id}
        className={`${open ? 'block' : 'hidden'} ${events.length <= PRINT_TABLE_MAX ? 'print-block' : ''} overflow-x-auto`}
      >
        {(open || events.length <= PRINT_TABLE_MAX) && (
          <EventTable events={events} caption={caption} />
        )}
      </div>
    </section>
  );
}
