import { useState } from 'react';
import { formatDay } from '../domain/format';
import type { Dataset, Quote, TimelineEvent } from '../domain/types';
import { ArticleView } from '../features/article/article-view';
import { EventDetail } from '../features/event-detail/event-detail';

export interface SelectedEventProps {
  readonly dataset: Dataset;
  readonly event: TimelineEvent;
  /** Search text to highlight in the details. */
  readonly query: string;
  readonly onClose: () => void;
}

/** The selected event's details, and "Show in article" opening the article at that quote. */
export function SelectedEvent({ dataset, event, query, onClose }: SelectedEventProps) {
  const [showQuote, quoteDialog] = useQuoteDialog(dataset);
  return (
    <>
      <EventDetail
        event={event}
        query={query}
        onClose={onClose}
        onShowQuote={showQuote}
        article={dataset.article}
      />
      {quoteDialog}
    </>
  );
}

/** Which quote's article dialog is open: a function to open one, and the dialog (or nothing). */
function useQuoteDialog(dataset: Dataset): [(quote: Quote) => void, React.ReactNode] {
  const [quote, setQuote] = useState<Quote | null>(null);
  const { source } = dataset;
  const dialog = quote && (
    <ArticleView
      article={dataset.article}
      title={source.title}
      byline={`${source.publisher}, ${formatDay(source.published)}`}
      highlight={{
        start: quote.start,
        end: quote.end,
        attribution: quote.attributionLabel,
        text: quote.text,
      }}
      onClose={() => {
        setQuote(null);
      }}
    />
  );
  return [setQuote, dialog];
}
