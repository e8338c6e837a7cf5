import { useId, useState } from 'react';
import type { ReactNode } from 'react';

/**
 * The filter panel: always open beside the chart on wide screens; on narrow ones a disclosure
 * above it, so the chart is not pushed below a screenful of checkboxes.
 */
export function FilterDrawer({
  children,
  hiddenCount,
}: {
  children: ReactNode;
  hiddenCount: number;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <section aria-label="Filters" className="no-print flex flex-col gap-2 self-start lg:row-span-2">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        className="self-start rounded-md border border-[var(--ct-border)] bg-[var(--ct-surface)] px-3 py-1.5 text-sm font-semibold lg:hidden"
        onClick={() => {
          setOpen((v) => !v);
        }}
      >
        {open ? 'Hide filters' : 'Filters'}
        {hiddenCount > 0 ? ` (${hiddenCount} hidden)` : ''}
      </button>
      <div
        id={id}
        className={`${open ? 'block' : 'hidden'} rounded-lg border border-[var(--ct-border)] bg-[var(--ct-surface)] p-3 lg:block`}
      >
        {children}
      </div>
    </section>
  );
}
