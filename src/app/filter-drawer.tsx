import type { ReactNode } from 'react';
import { Disclosure } from '../ui/disclosure';
import { HiddenHeading } from '../ui/skip-link';

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
  return (
    <Disclosure
      aria-label="Filters"
      withoutScripts="hidden"
      heading={<HiddenHeading>Filters</HiddenHeading>}
      className="no-print flex flex-col gap-2 self-start lg:row-span-2"
      buttonClassName="font-semibold lg:hidden"
      panelClassName="rounded-lg border border-edge bg-surface p-3 lg:block"
      label={(open) =>
        `${open ? 'Hide filters' : 'Filters'}${hiddenCount > 0 ? ` (${hiddenCount} hidden)` : ''}`
      }
    >
      {() => children}
    </Disclosure>
  );
}
