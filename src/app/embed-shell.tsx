import { CompactFilterMenu } from '../features/filters/compact-filter-menu';
import { DatasetNotices } from './dataset-notices';
import { SelectedEvent } from './selected-event';
import { ShellHeader, SourceLine } from './shell-header';
import { useShellView } from './shell-view';
import type { ShellProps } from './shell-view';
import { TimelinePanel } from './timeline-panel';
import { OpenFullView } from './view-actions';
import { viewPatchOf } from './view-filters';

/**
 * Compact chrome for iframes: title, chart, a filter menu, the source line and a link to the
 * full view with the same state.
 */
export function EmbedShell({ dataset, view, setView, capabilities }: ShellProps) {
  const derived = useShellView(dataset, view);
  const { selected } = derived;
  return (
    <div className="flex flex-col gap-2 p-2" data-mode="embed">
      <ShellHeader scale="compact" actions={<OpenFullView view={view} />} />
      <CompactFilterMenu
        facets={derived.facets}
        values={derived.values}
        onChange={(patch, mode) => {
          setView(viewPatchOf(patch), mode);
        }}
        shown={derived.visible.length}
        total={dataset.events.length}
      />
      <DatasetNotices dataset={dataset} compact={capabilities.compactNotices} />
      <TimelinePanel
        dataset={dataset}
        derived={derived}
        capabilities={capabilities}
        selectedId={selected?.id ?? null}
        setView={setView}
      />
      {selected && (
        <SelectedEvent
          dataset={dataset}
          event={selected}
          query={derived.values.q}
          onClose={() => {
            setView({ event: null });
          }}
        />
      )}
      <SourceLine source={dataset.source} className="text-xs text-[var(--ct-muted)]" credit />
    </div>
  );
}
