import type { Dataset } from '../domain/types';
import { Timeline } from '../features/timeline/timeline';
import type { TimelineProps } from '../features/timeline/timeline';
import type { SetView } from '../url-state/set-view';
import type { Capabilities } from './capabilities';
import { EmptyResult } from './empty-result';
import type { ShellView } from './shell-view';
import { RESET_FILTERS, viewPatchOf } from './view-filters';

export interface TimelinePanelProps {
  readonly dataset: Dataset;
  readonly derived: ShellView;
  readonly capabilities: Capabilities;
  readonly selectedId: string | null;
  readonly setView: SetView;
  readonly spotlight?: boolean;
  readonly toolbar?: TimelineProps['toolbar'];
  readonly chartRef?: TimelineProps['chartRef'];
}

/** The chart wired to the URL view, shared by every shell; the empty state when nothing matches. */
export function TimelinePanel(props: TimelinePanelProps) {
  const { dataset, derived, capabilities, selectedId, setView, spotlight } = props;
  if (derived.visible.length === 0) {
    return (
      <EmptyResult
        datasetEmpty={dataset.events.length === 0}
        onReset={() => {
          setView(RESET_FILTERS);
        }}
      />
    );
  }
  return (
    <Timeline
      events={derived.visible}
      extent={derived.extent}
      maxCount={derived.maxCount}
      reference={derived.reference}
      selectedId={selectedId}
      onSelect={(id) => {
        setView({ event: id });
      }}
      wheelNeedsModifier={capabilities.wheelNeedsModifier}
      touchZoom={capabilities.touchZoom}
      spotlight={spotlight}
      toolbar={props.toolbar}
      chartRef={props.chartRef}
      range={derived.values.range}
      onRangeCommit={(range) => {
        setView(viewPatchOf({ range }), 'replace');
      }}
    />
  );
}
