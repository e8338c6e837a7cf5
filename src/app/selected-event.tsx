import { lazy, Suspense } from 'react';
import { PartBoundary } from './part-boundary';
import type { SelectedEventProps } from './selected-event-detail';

export type { SelectedEventProps } from './selected-event-detail';

// The details (claims, cohorts, the source text view) are not needed to draw the page, so they
// are not in its first bytes; but their fetch starts as soon as the app does, beside the
// dataset's, so a reader who goes offline after the page has loaded can still open an event.
const detailModule = import('./selected-event-detail');
const Detail = lazy(() => detailModule.then((module) => ({ default: module.SelectedEventDetail })));

/** The URL's selected event in detail (see SelectedEventDetail); nothing when none is selected. */
export function SelectedEvent(props: SelectedEventProps) {
  if (!props.derived.selected) return null;
  return (
    <PartBoundary part="the details">
      <Suspense fallback={<p role="status">Loading the details…</p>}>
        <Detail {...props} />
      </Suspense>
    </PartBoundary>
  );
}
