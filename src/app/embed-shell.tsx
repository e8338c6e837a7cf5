import { findEvent } from '../domain/event-columns';
import { useState } from 'react';
import { formatDay } from '../domain/format';
import type { Dataset, Quote } from '../domain/types';
import { ArticleNotice } from '../features/article/article-notice';
import { EventDetail } from '../features/event-detail/event-detail';
import { CompactFilterMenu } from '../features/filters/compact-filter-menu';
import { SkippedEvents } from '../ui/skipped-events';
import { serializeViewState } from '../url-state/codec';
import type { ViewState } from '../url-state/codec';
import type { Capabilities } from './capabilities';
import { QuoteDialog } from './quote-dialog';
import { TimelinePanel } from './timeline-panel';
import { useTimelineView } from './use-timeline-view';

export interface EmbedShellProps {
  readonly dataset: Dataset;
  readonly view: ViewState;
  readonly setView: (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void;
  readonly capabilities: Capabilities;
}

/**
 * Compact chrome for iframes: title, chart, a filter menu, the source line and a link to the
 * full view with the same state. History is replaced, never pushed: an embed must not fill
 * the host page's Back button with its own steps.
 */
export function EmbedShell({ dataset, view, setView, capabilities }: EmbedShellProps) {
  const derived = useTimelineView(dataset, view);
  const [quote, setQuote] = useState<Quote | null>(null);
  const { source } = dataset;
  const selected = findEvent(dataset.events, view.event);
  const replace = (patch: Partial<ViewState>) => {
    setView(patch, 'replace');
  };
  const fullViewHref = `${window.location.pathname}${serializeViewState({ ...view, mode: 'full' })}`;

  return (
    <div className="flex flex-col gap-2 p-2" data-mode="embed">
      <header className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h1 className="text-lg font-bold">Detainees: captures, sentences and releases</h1>
        <a
          href={fullViewHref}
          target="_blank"
          rel="noopener"
          className="text-sm font-semibold underline underline-offset-2"
        >
          Open full view
        </a>
      </header>
      <CompactFilterMenu
        facets={derived.facets}
        values={derived.values}
        onChange={(patch) => {
          replace(patch);
        }}
        shown={derived.visible.length}
        total={dataset.events.length}
      />
      <SkippedEvents skipped={dataset.skipped} compact />
      <ArticleNotice article={dataset.article} />
      <TimelinePanel
        dataset={dataset}
        derived={derived}
        capabilities={capabilities}
        selectedId={selected?.id ?? null}
        setView={(patch) => {
          replace(patch);
        }}
      />
      {selected && (
        <EventDetail
          event={selected}
          query={derived.values.q}
          onClose={() => {
            replace({ event: null });
          }}
          onShowQuote={setQuote}
          article={dataset.article}
        />
      )}
      {quote && (
        <QuoteDialog
          dataset={dataset}
          quote={quote}
          onClose={() => {
            setQuote(null);
          }}
        />
      )}
      <p className="text-xs text-[var(--ct-muted)]" data-testid="source-line">
        Source: {source.publisher}, “{source.title}”, {formatDay(source.published)} ·
        custody-timeline
      </p>
    </div>
  );
}
