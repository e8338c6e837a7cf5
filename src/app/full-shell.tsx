import { useMemo, useState } from 'react';
import { formatDay } from '../domain/format';
import type { Dataset, Quote } from '../domain/types';
import { ArticleView } from '../features/article/article-view';
import { EventDetail } from '../features/event-detail/event-detail';
import { FilterPanel } from '../features/filters/filter-panel';
import { Timeline } from '../features/timeline/timeline';
import { SkippedEvents } from '../ui/skipped-events';
import type { ViewState } from '../url-state/codec';
import { EmptyResult } from './empty-result';
import { FilterDrawer } from './filter-drawer';
import { SourceHeader } from './source-header';
import { useTimelineView } from './use-timeline-view';
import { RESET_FILTERS, viewPatchOf } from './view-filters';

const DAY = 86_400_000;

export interface FullShellProps {
  readonly dataset: Dataset;
  readonly view: ViewState;
  readonly setView: (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void;
}

/** The desk view: filters beside the chart (a drawer on narrow screens), details, article. */
export function FullShell({ dataset, view, setView }: FullShellProps) {
  const { events, source } = dataset;
  const [quote, setQuote] = useState<Quote | null>(null);
  const derived = useTimelineView(dataset, view);
  const reference = useMemo(
    () => ({
      at: Date.parse(`${source.published}T00:00:00Z`) + DAY,
      label: `Article published ${formatDay(source.published)}`,
    }),
    [source.published],
  );
  const selected = events.find((e) => e.id === view.event) ?? null;
  const onSelect = (id: string | null) => {
    setView({ event: id });
  };
  const reset = () => {
    setView(RESET_FILTERS);
  };

  const panel = (
    <FilterPanel
      facets={derived.facets}
      values={derived.values}
      onChange={(patch, mode) => {
        setView(viewPatchOf(patch), mode);
      }}
      onReset={reset}
      shown={derived.visible.length}
      total={events.length}
      isFiltered={derived.isFiltered}
      events={events}
      visibleIds={derived.visibleIds}
      extent={derived.extent}
      fallbackEnd={reference.at}
    />
  );

  return (
    <div className="mx-auto flex max-w-[120rem] flex-col gap-4 p-3 sm:p-6">
      <SourceHeader source={source} summary={derived.summary} />
      <SkippedEvents skipped={dataset.skipped} />
      <div className="grid gap-4 lg:grid-cols-[17rem_minmax(0,1fr)] lg:grid-rows-[auto_1fr] 2xl:grid-cols-[17rem_minmax(0,1fr)_26rem]">
        <FilterDrawer activeCount={derived.isFiltered ? events.length - derived.visible.length : 0}>
          {panel}
        </FilterDrawer>
        <main className="flex min-w-0 flex-col gap-4">
          {derived.visible.length > 0 ? (
            <Timeline
              events={derived.visible}
              extent={derived.extent}
              maxCount={derived.maxCount}
              reference={reference}
              selectedId={selected?.id ?? null}
              onSelect={onSelect}
              wheelNeedsModifier={false}
              summary={derived.summary}
              range={derived.values.range}
              onRangeCommit={(range) => {
                setView(viewPatchOf({ range }), 'push');
              }}
            />
          ) : (
            <EmptyResult onReset={reset} />
          )}
        </main>
        <aside
          className="self-start lg:col-start-2 2xl:col-start-3 2xl:row-start-1"
          aria-label="Event details"
        >
          {selected ? (
            <EventDetail
              event={selected}
              query={derived.values.q}
              onClose={() => {
                onSelect(null);
              }}
              onShowQuote={setQuote}
            />
          ) : (
            <p className="rounded-lg border border-dashed border-[var(--ct-border)] p-4 text-sm text-[var(--ct-muted)]">
              Select an event to see its date, numbers, notes and the article’s own words.
            </p>
          )}
        </aside>
      </div>
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
