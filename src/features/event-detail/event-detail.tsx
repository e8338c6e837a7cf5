import { useEffect, useRef } from 'react';
import { KIND_LABELS } from '../../domain/kinds';
import type { Cohort, SourceInfo, TimelineEvent } from '../../domain/types';
import { Highlight } from '../../ui/highlight';
import { Button } from '../../ui/button';
import { CohortDetail } from './cohort-detail';
import { cohortsOf } from './cohort-view';
import { DisputeMarker } from './dispute-marker';
import { EventFacts } from './event-facts';
import { SourceGroups } from './source-groups';
import type { RenderSourceAction } from './source-groups';

export interface EventDetailProps {
  readonly event: TimelineEvent;
  readonly onClose: () => void;
  /** Search text to highlight. */
  readonly query: string;
  /** The dataset's sources, with their texts or why they could not be loaded. */
  readonly sources: readonly SourceInfo[];
  /** The dataset's cohorts: the ones this event belongs to are named with their events. */
  readonly cohorts: readonly Cohort[];
  /** Every drawn event by id, for the cohorts' events and links. */
  readonly events: ReadonlyMap<string, TimelineEvent>;
  readonly onSelectEvent: (id: string) => void;
  /** What each claim offers to check it in its source ("Show in source"). */
  readonly renderSourceAction: RenderSourceAction;
}

const TITLE_ID = 'event-detail-title';
const DISPUTE_ID = 'event-detail-dispute';

/** Everything the dataset knows about one event, each claim next to the words it rests on. */
export function EventDetail(props: EventDetailProps) {
  const { event, onClose, query, sources } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [event.id]);

  return (
    <section
      aria-labelledby={event.dispute ? `${TITLE_ID} ${DISPUTE_ID}` : TITLE_ID}
      className="flex flex-col gap-3 rounded-lg border border-edge bg-surface p-4"
      data-testid="event-detail"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="flex items-start justify-between gap-2">
        <div className="flex flex-col gap-1">
          <p className="text-xs font-semibold uppercase tracking-wide text-muted">
            {KIND_LABELS[event.kind]}
          </p>
          <h2
            id={TITLE_ID}
            ref={heading}
            tabIndex={-1}
            className="text-lg font-bold leading-snug outline-none"
          >
            <Highlight text={event.title} query={query} />
          </h2>
          {event.dispute && <DisputeMarker id={DISPUTE_ID} dispute={event.dispute} />}
        </div>
        <Button onClick={onClose}>Close</Button>
      </div>
      <EventFacts event={event} query={query} />
      <p>
        <Highlight text={event.summary} query={query} />
      </p>
      {event.notes.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">Editorial notes</h3>
          <ul className="list-disc pl-5 text-sm">
            {event.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-col gap-2">
        <h3 className="text-sm font-semibold">
          {event.sourceCount === 1
            ? 'What the source says'
            : `What the ${event.sourceCount} sources say`}
        </h3>
        <SourceGroups
          event={event}
          sources={sources}
          query={query}
          renderSourceAction={props.renderSourceAction}
        />
      </div>
      {cohortsOf(event, props.cohorts).map((cohort) => (
        <CohortDetail
          key={cohort.id}
          cohort={cohort}
          eventId={event.id}
          events={props.events}
          sources={sources}
          onSelectEvent={props.onSelectEvent}
        />
      ))}
    </section>
  );
}
