import { KeyFactsStrip } from '../features/key-facts/key-facts-strip';
import { CompactFilterMenu } from '../features/filters/compact-filter-menu';
import { HiddenHeading } from '../ui/skip-link';
import { GetData } from '../features/get-data/get-data';
import { DatasetNotices } from './dataset-notices';
import { SelectedEvent } from './selected-event';
import { ShellHeader, SourceLine } from './shell-header';
import { useShellView } from './shell-view';
import type { ShellProps } from './shell-view';
import { TableDisclosure } from './table-disclosure';
import { TimelinePanel } from './timeline-panel';
import { UNMEASURED_NARROW_WIDTH } from '../features/timeline/timeline';
import { OpenFullView } from './view-actions';

/**
 * Compact chrome for iframes: title, chart, a filter menu, the table on request, the source line
 * and a link to the full view with the same state.
 */
export function EmbedShell(props: ShellProps) {
  const { dataset, view, setView, capabilities } = props;
  const derived = useShellView(dataset, view);
  return (
    <div className="flex flex-col gap-2 p-2" data-mode="embed">
      <ShellHeader
        scale="compact"
        actions={
          <span className="flex items-baseline gap-x-3">
            <OpenFullView view={view} />
            <span data-needs-js="">
              <GetData dataset={dataset} compact />
            </span>
          </span>
        }
      />
      <main className="flex min-w-0 flex-col gap-2">
        <KeyFactsStrip
          size="compact"
          dataset={dataset}
          events={derived.visible}
          selectedId={view.event}
          onSelect={(id) => {
            setView({ event: id });
          }}
        />
        <section aria-labelledby="embed-filters-heading" data-needs-js="">
          <HiddenHeading id="embed-filters-heading">Filters</HiddenHeading>
          <CompactFilterMenu
            facets={derived.facets}
            values={derived.values}
            onChange={(patch, mode) => {
              setView(patch, mode);
            }}
            shown={derived.visible.length}
            total={dataset.events.length}
          />
        </section>
        <DatasetNotices dataset={dataset} compact={capabilities.compactNotices} />
        <TimelinePanel {...props} derived={derived} unmeasuredWidth={UNMEASURED_NARROW_WIDTH} />
        <TableDisclosure events={derived.visible} dataset={dataset} />
        <section aria-labelledby="embed-details-heading">
          <HiddenHeading id="embed-details-heading">Details</HiddenHeading>
          <SelectedEvent dataset={dataset} derived={derived} setView={setView} />
        </section>
      </main>
      <SourceLine sources={dataset.sources} className="text-xs text-muted" credit />
    </div>
  );
}
