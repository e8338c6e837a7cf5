import { analystReading, disputedCountLabel } from '../../domain/dispute-wording';
import { formatCount, formatPeople, formatWindowLong } from '../../domain/format';
import type { TimelineEvent } from '../../domain/types';
import { Highlight } from '../../ui/highlight';

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[7rem_1fr] gap-2">
      <dt className="font-semibold text-muted">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * The event's date, people, sentence and place. Where the sources disagree on the count, the
 * range they give comes first and the event's own figure is named as the analyst's reading.
 */
export function EventFacts({ event, query }: { event: TimelineEvent; query: string }) {
  const range = event.dispute?.count ?? null;
  return (
    <dl className="flex flex-col gap-1 text-sm">
      <Row term="Date">
        {formatWindowLong(event.window)}{' '}
        <code className="text-xs text-muted">EDTF {event.window.edtf}</code>
        {event.dispute?.date && <span className="block">Sources disagree on the date.</span>}
      </Row>
      {range ? (
        <Row term="People">
          <span className="block font-semibold" data-testid="count-range">
            {disputedCountLabel(range)}
          </span>
          {event.people && (
            <span className="block" data-testid="analyst-reading">
              {analystReading(formatPeople(event.people))}
            </span>
          )}
        </Row>
      ) : (
        event.people && <Row term="People">{formatPeople(event.people)}</Row>
      )}
      {event.people && event.people.nationality !== 'unknown' && (
        <Row term="Nationality">{event.people.nationality}</Row>
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
  );
}
