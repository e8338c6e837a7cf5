import { lazy, Suspense, useEffect } from 'react';
import { PartBoundary } from './part-boundary';
import type { SelectedEventProps } from './selected-event-detail';

export type { SelectedEventProps } from './selected-event-detail';

const loadDetail = () => import('./selected-event-detail');

// The details (claims, cohorts, the source text view) are only needed once an event is selected,
// so they stay out of the first paint's JavaScript; the page fetches them when it is idle.
const Detail = lazy(() => loadDetail().then((module) => ({ default: module.SelectedEventDetail })));

function usePrefetchWhenIdle(): void {
  useEffect(() => {
    const prefetch = () => {
      void loadDetail();
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(prefetch);
      return () => {
        cancelIdleCallback(handle);
      };
    }
    const handle = window.setTimeout(prefetch, 0);
    return () => {
      window.clearTimeout(handle);
    };
  }, []);
}

/** The URL's selected event in detail (see SelectedEventDetail); nothing when none is selected. */
export function SelectedEvent(props: SelectedEventProps) {
  usePrefetchWhenIdle();
  if (!props.derived.selected) return null;
  return (
    <PartBoundary part="the details">
      <Suspense fallback={<p role="status">Loading the details…</p>}>
        <Detail {...props} />
      </Suspense>
    </PartBoundary>
  );
}
