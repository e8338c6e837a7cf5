import { useEffect, useRef } from 'react';
import { KIND_LABELS } from '../../domain/kinds';
import { formatCount, formatPeople, formatWindowLong } from '../../domain/format';
import type { Claim, SourceInfo, TimelineEvent } from '../../domain/types';
import { Highlight } from '../../ui/highlight';
import { Button } from '../../ui/button';

export interface EventDetailProps {
  readonly event: TimelineEvent;
  readonly onClose: () => void;
  readonly onShowQuote: (claim: Claim) => void;
  /** Search text to highlight. */
  readonly query: string;
  /** The dataset's sources, with their texts or why they could not be loaded. */
  readonly sources: readonly SourceInfo[];
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[7rem_1fr] gap-2">
      <dt className="font-semibold text-muted">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Everything the dataset knows about one event, each claim next to the words it rests on. */
export function EventDetail({ event, onClose, onShowQuote, query, sources }: EventDetailProps) {
  const textOf = (claim: Claim) => sources.find((s) => s.id === claim.sourceId)?.text;
  const missing = event.claims.map(textOf).find((text) => text?.status === 'unavailable') ?? null;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [event.id]);

  return (
    <section
      aria-labelledby="event-detail-title"
      className="flex flex-col gap-3 rounded-lg border border-edge bg-surface p-4"
      data-testid="event-detail"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="flex items-start justify-between gap-2">
        <div>
          <p className="text-xs font-semibold uppercase tracking-wide text-muted">
            {KIND_LABELS[event.kind]}
          </p>
          <h2
            id="event-detail-title"
            ref={heading}
            tabIndex={-1}
            className="text-lg font-bold leading-snug outline-none"
          >
            <Highlight text={event.title} query={query} />
          </h2>
        </div>
        <Button onClick={onClose}>Close</Button>
      </div>
      <dl className="flex flex-col gap-1 text-sm">
        <Row term="Date">
          {formatWindowLong(event.window)}{' '}
          <code className="text-xs text-muted">EDTF {event.window.edtf}</code>
        </Row>
        {event.people && <Row term="People">{formatPeople(event.people)}</Row>}
        {event.people && event.people.nationality !== 'unknown' && (
          <Row term="Whose">{event.people.nationality}</Row>
        )}
        {event.sentenceLength && (
          <Row term="Sentence">{formatCount(event.sentenceLength, 'years')}</Row>
        )}
        {event.place && (
          <Row term="Place">
            <Highlight text={event.place} query={query} />
          </Row>
        )}
      </dl>
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
      <div>
        <h3 className="text-sm font-semibold">What the article says</h3>
        {missing && (
          <p
            id="quotes-unchecked"
            className="my-1 rounded-md border border-edge p-2 text-sm"
            data-testid="quotes-unchecked"
          >
            Quotes are shown as the dataset gives them; they could not be checked against the
            article, because it could not be loaded. {missing.reason}
          </p>
        )}
        <ul className="flex flex-col gap-2">
          {event.claims.map((quote, i) => (
            <li key={i} data-testid="quote">
              <figure className="border-l-4 border-edge pl-3">
                <blockquote className="italic">
                  “<Highlight text={quote.quote.exact} query={query} />”
                </blockquote>
                <figcaption className="mt-1 flex flex-wrap items-center gap-x-3 text-sm text-muted">
                  <span data-testid="attribution">{quote.attributionLabel}</span>
                  <button
                    type="button"
                    className="underline underline-offset-2 hover:text-ink disabled:cursor-not-allowed disabled:no-underline"
                    disabled={textOf(quote)?.status !== 'loaded'}
                    aria-describedby={missing ? 'quotes-unchecked' : undefined}
                    onClick={() => {
                      onShowQuote(quote);
                    }}
                  >
                    Show in article
                  </button>
                  {missing && <span>(the article could not be loaded)</span>}
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
