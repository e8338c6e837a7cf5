import { useMemo } from 'react';
import { findEvent } from '../domain/event-columns';
import type { Dataset, TimelineEvent } from '../domain/types';
import type { ViewState } from '../url-state/codec';
import type { SetView } from '../url-state/set-view';
import type { Capabilities } from './capabilities';
import { publicationReference } from './publication-reference';
import { useTimelineView } from './use-timeline-view';
import type { TimelineView } from './use-timeline-view';

/** What every shell is given: the data, the URL's view, how to change it, and what it may do. */
export interface ShellProps {
  readonly dataset: Dataset;
  readonly view: ViewState;
  /** Already bound to the mode's history policy: a shell never chooses push over replace. */
  readonly setView: SetView;
  readonly capabilities: Capabilities;
}

export interface ShellView extends TimelineView {
  /** The article's publication day, drawn on the chart and ending an open time window. */
  readonly reference: { readonly at: number; readonly label: string };
  /** The event the URL selects, if the dataset has it. */
  readonly selected: TimelineEvent | null;
}

/** Everything a shell derives from the dataset and the URL view, each computed once. */
export function useShellView(dataset: Dataset, view: ViewState): ShellView {
  const derived = useTimelineView(dataset, view);
  const reference = useMemo(() => publicationReference(dataset.sources), [dataset.sources]);
  const selected = findEvent(dataset.events, view.event);
  return { ...derived, reference, selected };
}
