import { useId } from 'react';
import { formatCount } from '../../domain/format';
import type { Cohort, SourceInfo, TimelineEvent } from '../../domain/types';
import { cohortSteps, linksTouching } from './cohort-view';
import type { CohortLinkView } from './cohort-view';

export interface CohortDetailProps {
  readonly cohort: Cohort;
  /** The selected event. */
  readonly eventId: string;
  readonly events: ReadonlyMap<string, TimelineEvent>;
  readonly sources: readonly SourceInfo[];
  readonly onSelectEvent: (id: string) => void;
}

/**
 * A group of people the selected event follows: its events in order (each one a way to select
 * it), and on what each link from or to this event rests, a source's words or an inference.
 */
export function CohortDetail({
  cohort,
  eventId,
  events,
  sources,
  onSelectEvent,
}: CohortDetailProps) {
  const headingId = useId();
  const links = linksTouching(cohort, eventId, events, sources);
  return (
    <section
      aria-labelledby={headingId}
      data-testid="cohort-detail"
      className="flex flex-col gap-2 rounded-md border border-edge p-3 text-sm"
    >
      <h3 id={headingId} className="font-semibold">
        Cohort: {cohort.label}
        {cohort.people && (
          <span className="font-normal text-muted"> · {formatCount(cohort.people, 'people')}</span>
        )}
      </h3>
      <ol className="list-decimal space-y-1 pl-5" data-testid="cohort-events">
        {cohortSteps(cohort, eventId, events).map((step) => (
          <li key={step.id}>
            {step.current ? (
              <span aria-current="true" className="font-semibold">
                {step.title} (this event)
              </span>
            ) : step.title !== null ? (
              <button
                type="button"
                className="min-h-6 text-left underline underline-offset-2 hover:text-accent"
                onClick={() => {
                  onSelectEvent(step.id);
                }}
              >
                {step.title}
              </button>
            ) : (
              <span className="text-muted">
                {step.id} (not shown: the dataset’s record was skipped)
              </span>
            )}
          </li>
        ))}
      </ol>
      {links.length > 0 && (
        <>
          <h4 className="font-semibold">How this event is linked</h4>
          <ul className="flex flex-col gap-2">
            {links.map((link, i) => (
              <LinkItem key={i} link={link} />
            ))}
          </ul>
        </>
      )}
      {cohort.notes.length > 0 && (
        <ul className="list-disc pl-5 text-muted">
          {cohort.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function LinkItem({ link }: { link: CohortLinkView }) {
  const inferred = link.basis === 'inference';
  return (
    <li
      data-testid="cohort-link"
      data-basis={link.basis}
      className={`border-l-4 pl-3 ${inferred ? 'border-dashed border-muted' : 'border-edge'}`}
    >
      <p>
        {link.fromTitle} → {link.toTitle}
      </p>
      <p className={inferred ? 'italic' : 'font-semibold'}>
        {link.label}
        {link.quote && ':'}
      </p>
      {link.quote && (
        <blockquote>
          <span className="italic">“{link.quote.exact}”</span>{' '}
          <span className="text-muted">
            — {link.quote.attribution}
            {link.quote.publisher && `, ${link.quote.publisher}`}
          </span>
        </blockquote>
      )}
      {link.note && <p className="text-muted">{link.note}</p>}
    </li>
  );
}
