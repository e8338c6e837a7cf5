import { useMemo, useState } from 'react';
import { formatPublished } from '../domain/format';
import type { Claim, Dataset } from '../domain/types';
import { ArticleView } from '../features/article/article-view';
import { ShowInSource } from '../features/article/show-in-source';
import { EventDetail } from '../features/event-detail/event-detail';
import type { SetView } from '../url-state/set-view';
import type { ShellView } from './shell-view';

export interface SelectedEventProps {
  readonly dataset: Dataset;
  readonly derived: ShellView;
  readonly setView: SetView;
}

/**
 * The URL's selected event in detail (nothing when none is), with the search text marked,
 * "Show in source" opening a stored text at that quote or linking to the source's page, and
 * the events of its cohorts one click away.
 */
export function SelectedEventDetail({ dataset, derived, setView }: SelectedEventProps) {
  const [showQuote, quoteDialog] = useQuoteDialog(dataset);
  const events = useMemo(() => new Map(dataset.events.map((e) => [e.id, e])), [dataset.events]);
  if (!derived.selected) return null;
  return (
    <>
      <EventDetail
        event={derived.selected}
        query={derived.values.q}
        onClose={() => {
          setView({ event: null });
        }}
        sources={dataset.sources}
        cohorts={dataset.cohorts}
        events={events}
        onSelectEvent={(id) => {
          setView({ event: id });
        }}
        renderSourceAction={(claim, describedBy) => (
          <ShowInSource
            claim={claim}
            source={dataset.sources.find((s) => s.id === claim.sourceId) ?? null}
            onShow={showQuote}
            describedBy={describedBy}
          />
        )}
      />
      {quoteDialog}
    </>
  );
}

/** Which quote's source dialog is open: a function to open one, and the dialog (or nothing). */
function useQuoteDialog(dataset: Dataset): [(claim: Claim) => void, React.ReactNode] {
  const [quote, setQuote] = useState<Claim | null>(null);
  const source = quote && dataset.sources.find((s) => s.id === quote.sourceId);
  const dialog = quote && source && (
    <ArticleView
      article={source.text}
      title={source.title}
      byline={`${source.publisher}, ${formatPublished(source)}`}
      highlight={{
        start: quote.quote.start,
        end: quote.quote.end,
        attribution: quote.attributionLabel,
        text: quote.quote.exact,
      }}
      onClose={() => {
        setQuote(null);
      }}
    />
  );
  return [setQuote, dialog];
}
