import { KeyFactsStrip } from '../features/key-facts/key-facts-strip';
import { CompactFilterMenu } from '../features/filters/compact-filter-menu';
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
      <ShellHeader scale="compact" actions={<OpenFullView view={view} />} />
      <KeyFactsStrip
        size="compact"
        dataset={dataset}
        events={derived.visible}
        selectedId={view.event}
        onSelect={(id) => {
          setView({ event: id });
        }}
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
      <TimelinePanel {...props} derived={derived} />
      <SelectedEvent dataset={dataset} derived={derived} setView={setView} />
      <SourceLine sources={dataset.sources} className="text-xs text-muted" credit />
    </div>
  );
}
