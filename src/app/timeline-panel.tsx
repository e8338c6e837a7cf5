import { useId, useMemo } from 'react';
import { Timeline } from '../features/timeline/timeline';
import type { TimelineProps } from '../features/timeline/timeline';
import { cohortMembers } from '../domain/cohort-members';
import { EmptyResult } from './empty-result';
import type { ShellProps, ShellView } from './shell-view';
import { DEFAULT_FILTERS } from '../domain/filters/registry';
import { HiddenHeading, TIMELINE_ID } from '../ui/skip-link';

export interface TimelinePanelProps extends Omit<ShellProps, 'view'> {
  readonly derived: ShellView;
  /** The event drawn as selected: the URL's, unless the shell decides (a briefing's step). */
  readonly selectedId?: string | null;
  readonly spotlight?: boolean;
  readonly toolbar?: TimelineProps['toolbar'];
  readonly chartRef?: TimelineProps['chartRef'];
  readonly labelSize?: TimelineProps['labelSize'];
  readonly metrics?: TimelineProps['metrics'];
  readonly controls?: TimelineProps['controls'];
  readonly unmeasuredWidth?: TimelineProps['unmeasuredWidth'];
}

/**
 * The timeline's section in every mode: where "Skip to timeline" lands, headed "Timeline" for
 * screen readers, the chart a figure named by that heading.
 */
export function TimelinePanel(props: TimelinePanelProps) {
  const headingId = useId();
  return (
    <div id={TIMELINE_ID} tabIndex={-1} className="flex min-w-0 flex-col gap-2 outline-none">
      <HiddenHeading id={headingId}>Timeline</HiddenHeading>
      <TimelineOrEmpty {...props} labelledBy={headingId} />
    </div>
  );
}

/** The chart wired to the URL view; the empty state when nothing matches. */
function TimelineOrEmpty(props: TimelinePanelProps & { readonly labelledBy: string }) {
  const { dataset, derived, capabilities, setView, spotlight } = props;
  const selectedId =
    props.selectedId === undefined ? (derived.selected?.id ?? null) : props.selectedId;
  // The selected event's cohort, whoever selects it (the URL, or a briefing's step); once per
  // selection, so the chart's marks keep a stable input across renders.
  const cohort = useMemo(() => cohortMembers(dataset, selectedId), [dataset, selectedId]);
  // Its cohorts, drawn as threads: the selected event's own, in the dataset's order.
  const cohorts = useMemo(() => {
    const ids = dataset.events.find((event) => event.id === selectedId)?.cohortIds ?? [];
    return dataset.cohorts.filter((c) => ids.includes(c.id));
  }, [dataset, selectedId]);
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
      reference={derived.reference}
      selectedId={selectedId}
      onSelect={(id) => {
        setView({ event: id });
      }}
      wheelNeedsModifier={capabilities.wheelNeedsModifier}
      touchZoom={capabilities.touchZoom}
      spotlight={spotlight}
      cohort={cohort}
      cohorts={cohorts}
      controls={props.controls}
      toolbar={props.toolbar}
      chartRef={props.chartRef}
      labelSize={props.labelSize}
      labelledBy={props.labelledBy}
      metrics={props.metrics}
      unmeasuredWidth={props.unmeasuredWidth}
      range={derived.values.range}
      onRangeCommit={(range) => {
        setView({ range }, 'replace');
      }}
    />
  );
}
