import { useMemo } from 'react';
import type { Dataset } from '../domain/types';
import { Timeline } from '../features/timeline/timeline';
import type { TimelineProps } from '../features/timeline/timeline';
import type { ViewState } from '../url-state/codec';
import type { Capabilities } from './capabilities';
import { EmptyResult } from './empty-result';
import { publicationReference } from './publication-reference';
import type { TimelineView } from './use-timeline-view';
import { DEFAULT_FILTERS } from '../domain/filters/registry';

export interface TimelinePanelProps {
  readonly dataset: Dataset;
  readonly derived: TimelineView;
  readonly capabilities: Capabilities;
  readonly selectedId: string | null;
  readonly setView: (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void;
  readonly spotlight?: boolean;
  readonly toolbar?: TimelineProps['toolbar'];
  readonly chartRef?: TimelineProps['chartRef'];
}

/** The chart wired to the URL view, shared by every shell; the empty state when nothing matches. */
export function TimelinePanel(props: TimelinePanelProps) {
  const { dataset, derived, capabilities, selectedId, setView, spotlight } = props;
  const reference = useMemo(() => publicationReference(dataset.source), [dataset.source]);
  if (derived.visible.length === 0) {
    return (
      <EmptyResult
        datasetEmpty={dataset.events.length === 0}
        onReset={() => {
          setView(DEFAULT_FILTERS);
        }}
      />
    );
  }
  return (
    <Timeline
      events={derived.visible}
      extent={derived.extent}
      maxCount={derived.maxCount}
      reference={reference}
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
        setView({ range }, 'replace');
      }}
    />
  );
}
