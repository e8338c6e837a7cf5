import { useState } from 'react';
import { formatDay } from '../domain/format';
import type { Dataset, Quote } from '../domain/types';
import { ArticleView } from '../features/article/article-view';
import { EventDetail } from '../features/event-detail/event-detail';
import type { SetView } from '../url-state/set-view';
import type { ShellView } from './shell-view';

export interface SelectedEventProps {
  readonly dataset: Dataset;
  readonly derived: ShellView;
  readonly setView: SetView;
}

/**
 * The URL's selected event in detail (nothing when none is), with the search text marked, and
 * "Show in article" opening the article at that quote.
 */
export function SelectedEvent({ dataset, derived, setView }: SelectedEventProps) {
  const [showQuote, quoteDialog] = useQuoteDialog(dataset);
  if (!derived.selected) return null;
  return (
    <>
      <EventDetail
        event={derived.selected}
        query={derived.values.q}
        onClose={() => {
          setView({ event: null });
        }}
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
