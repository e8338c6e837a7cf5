import { CompactFilterMenu } from '../features/filters/compact-filter-menu';
import { GetData } from '../features/get-data/get-data';
import { DatasetNotices } from './dataset-notices';
import { SelectedEvent } from './selected-event';
import { ShellHeader, SourceLine } from './shell-header';
import { useShellView } from './shell-view';
import type { ShellProps } from './shell-view';
import { TimelinePanel } from './timeline-panel';
import { OpenFullView } from './view-actions';

/**
 * Compact chrome for iframes: title, chart, a filter menu, the source line and a link to the
 * full view with the same state.
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
            {/* Where a line has room in each column the Embed dialog measures (embed-snippet.ts):
                beside this link in a narrow one, on the chart's toolbar from 500 px. */}
            <span className="min-[500px]:hidden">
              <GetData dataset={dataset} compact />
            </span>
          </span>
        }
      />
      <CompactFilterMenu
        facets={derived.facets}
        values={derived.values}
        onChange={(patch, mode) => {
          setView(patch, mode);
        }}
        shown={derived.visible.length}
        total={dataset.events.length}
      />
      <DatasetNotices dataset={dataset} compact={capabilities.compactNotices} />
      <TimelinePanel
        {...props}
        derived={derived}
        toolbar={
          <span className="hidden min-[500px]:block">
            <GetData dataset={dataset} compact />
          </span>
        }
      />
      <SelectedEvent dataset={dataset} derived={derived} setView={setView} />
      <SourceLine sources={dataset.sources} className="text-xs text-muted" credit />
    </div>
  );
}
