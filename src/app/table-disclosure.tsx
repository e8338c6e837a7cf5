import { useId, useState } from 'react';
import type { TimelineEvent } from '../domain/types';
import { EventTable } from '../features/event-table/event-table';

/** The events as a table, on request on screen and always on paper. */
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
      <div id={id} className={`${open ? 'block' : 'hidden'} print-block overflow-x-auto`}>
        <EventTable events={events} caption={caption} />
      </div>
    </section>
  );
}
