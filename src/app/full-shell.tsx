import { findEvent, kindsIn } from '../domain/event-columns';
import { useMemo, useRef, useState } from 'react';
import { formatDay } from '../domain/format';
import type { Dataset, Quote } from '../domain/types';
import { ArticleNotice } from '../features/article/article-notice';
import { EventDetail } from '../features/event-detail/event-detail';
import { ExportButtons } from '../features/export/export-buttons';
import { FilterPanel } from '../features/filters/filter-panel';
import { SkippedEvents } from '../ui/skipped-events';
import type { ViewState } from '../url-state/codec';
import type { Capabilities } from './capabilities';
import { FilterDrawer } from './filter-drawer';
import { publicationReference } from './publication-reference';
import { QuoteDialog } from './quote-dialog';
import { SourceHeader } from './source-header';
import { TableDisclosure } from './table-disclosure';
import { TimelinePanel } from './timeline-panel';
import { useTimelineView } from './use-timeline-view';
import { ViewActions } from './view-actions';
import { DEFAULT_FILTERS } from '../domain/filters/registry';

export interface FullShellProps {
  readonly dataset: Dataset;
  readonly view: ViewState;
  readonly setView: (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void;
  readonly capabilities: Capabilities;
}

/** The desk view: filters beside the chart (a drawer on narrow screens), details, article. */
export function FullShell({ dataset, view, setView, capabilities }: FullShellProps) {
  const { events, source } = dataset;
  const [quote, setQuote] = useState<Quote | null>(null);
  const chartRef = useRef<SVGSVGElement>(null);
  const derived = useTimelineView(dataset, view);
  const reference = useMemo(() => publicationReference(source), [source]);
  const selected = findEvent(events, view.event);
  const exportMeta = useMemo(
    () => ({
      title: 'Detainees: captures, sentences and releases',
      sourceLine: `Source: ${source.publisher}, “${source.title}”, ${formatDay(source.published)}`,
      derivedLine: `custody-timeline · ${derived.visible.length} of ${events.length} events shown · dataset derived ${formatDay(source.derived)}`,
      kinds: kindsIn(derived.visible),
    }),
    [source, derived.visible, events.length],
  );
  const onSelect = (id: string | null) => {
    setView({ event: id });
  };
  const reset = () => {
    setView(DEFAULT_FILTERS);
  };

  const panel = (
    <FilterPanel
      facets={derived.facets}
      values={derived.values}
      onChange={(patch, mode) => {
        setView(patch, mode);
      }}
      onReset={reset}
      shown={derived.visible.length}
      total={events.length}
      isFiltered={derived.isFiltered}
      events={events}
      visible={derived.visible}
      extent={derived.extent}
      fallbackEnd={reference.at}
    />
  );

  return (
    <div className="mx-auto flex max-w-[120rem] flex-col gap-4 p-3 sm:p-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <SourceHeader source={source} summary={derived.summary} />
        <ViewActions view={view} />
      </div>
      <SkippedEvents skipped={dataset.skipped} />
      <ArticleNotice article={dataset.article} />
      <div className="ct-layout grid gap-4 lg:grid-cols-[17rem_minmax(0,1fr)] lg:grid-rows-[auto_1fr] 2xl:grid-cols-[17rem_minmax(0,1fr)_26rem]">
        <FilterDrawer hiddenCount={derived.isFiltered ? events.length - derived.visible.length : 0}>
          {panel}
        </FilterDrawer>
        <main className="ct-print-columns flex min-w-0 flex-col gap-4">
          <TimelinePanel
            dataset={dataset}
            derived={derived}
            capabilities={capabilities}
            selectedId={selected?.id ?? null}
            setView={setView}
            chartRef={chartRef}
            toolbar={
              <ExportButtons chart={chartRef} meta={exportMeta} filename="custody-timeline" />
            }
          />
          <TableDisclosure events={derived.visible} />
        </main>
        <aside
          className="no-print self-start lg:col-start-2 2xl:col-start-3 2xl:row-start-1"
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
              article={dataset.article}
            />
          ) : (
            <p className="rounded-lg border border-dashed border-[var(--ct-border)] p-4 text-sm text-[var(--ct-muted)]">
              Select an event to see its date, numbers, notes and the article’s own words.
            </p>
          )}
        </aside>
      </div>
      <footer className="text-xs text-[var(--ct-muted)]">
        {dataset.article.status === 'loaded'
          ? 'Every event quotes the article verbatim.'
          : 'The article could not be loaded: quotes are shown as the dataset gives them, unchecked.'}{' '}
        Dataset derived {formatDay(source.derived)}.
      </footer>
      {quote && (
        <QuoteDialog
          dataset={dataset}
          quote={quote}
          onClose={() => {
            setQuote(null);
          }}
        />
      )}
    </div>
  );
}
