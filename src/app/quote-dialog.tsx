import { formatDay } from '../domain/format';
import type { Dataset, Quote } from '../domain/types';
import { ArticleView } from '../features/article/article-view';

/** "Show in article" for a quote of this dataset: the article dialog with the quote marked. */
export function QuoteDialog({
  dataset,
  quote,
  onClose,
}: {
  dataset: Dataset;
  quote: Quote;
  onClose: () => void;
}) {
  const { source } = dataset;
  return (
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
      onClose={onClose}
    />
  );
}
