import { useMemo, useState } from 'react';
import { formatDay } from '../domain/format';
import { boundedExtent, summarizeEvents } from '../domain/summarize';
import type { Dataset, Quote } from '../domain/types';
import { ArticleView } from '../features/article/article-view';
import { EventDetail } from '../features/event-detail/event-detail';
import { Timeline } from '../features/timeline/timeline';
import { SkippedEvents } from '../ui/skipped-events';
import { SourceHeader } from './source-header';

const DAY = 86_400_000;

export interface FullShellProps {
  readonly dataset: Dataset;
  readonly selectedId: string | null;
  readonly onSelect: (id: string | null) => void;
}

/** The desk view: header, chart, details beside it (below on narrow screens), article on demand. */
export function FullShell({ dataset, selectedId, onSelect }: FullShellProps) {
  const { events, source } = dataset;
  const [quote, setQuote] = useState<Quote | null>(null);
  const summary = useMemo(() => summarizeEvents(events), [events]);
  const extent = useMemo(() => boundedExtent(events), [events]);
  const maxCount = useMemo(() => Math.max(1, ...events.map((e) => e.people?.value ?? 0)), [events]);
  const reference = useMemo(
    () => ({
      at: Date.parse(`${source.published}T00:00:00Z`) + DAY,
      label: `Article published ${formatDay(source.published)}`,
    }),
    [source.published],
  );
  const selected = events.find((e) => e.id === selectedId) ?? null;

  return (
    <div className="mx-auto flex max-w-[120rem] flex-col gap-4 p-3 sm:p-6">
      <SourceHeader source={source} summary={summary} />
      <SkippedEvents skipped={dataset.skipped} />
      <main className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <Timeline
          events={events}
          extent={extent}
          maxCount={maxCount}
          reference={reference}
          selectedId={selected?.id ?? null}
          onSelect={onSelect}
          wheelNeedsModifier={false}
          summary={summary}
        />
        {selected ? (
          <EventDetail
            event={selected}
            onClose={() => {
              onSelect(null);
            }}
            onShowQuote={setQuote}
          />
        ) : (
          <p className="self-start rounded-lg border border-dashed border-[var(--ct-border)] p-4 text-sm text-[var(--ct-muted)]">
            Select an event to see its date, numbers, notes and the article’s own words.
          </p>
        )}
      </main>
      <footer className="text-xs text-[var(--ct-muted)]">
        Every event quotes the article verbatim. Dataset derived {formatDay(source.derived)}.
      </footer>
      {quote && (
        <ArticleView
          article={dataset.article}
          title={source.title}
          byline={`${source.publisher}, ${formatDay(source.published)}`}
          highlight={{ start: quote.start, end: quote.end, attribution: quote.attributionLabel }}
          onClose={() => {
            setQuote(null);
          }}
        />
      )}
    </div>
  );
}
