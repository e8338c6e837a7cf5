import { kindsIn } from '../domain/event-columns';
import { useMemo, useRef } from 'react';
import { countOf, formatDay } from '../domain/format';
import { ExportButtons } from '../features/export/export-buttons';
import { exportDescription, filterWords, hasOpenWindow } from '../features/export/export-facts';
import { FilterPanel } from '../features/filters/filter-panel';
import { KeyFactsStrip } from '../features/key-facts/key-facts-strip';
import { GetData } from '../features/get-data/get-data';
import { OpenFile } from '../features/open-file/open-file';
import { DatasetNotices } from './dataset-notices';
import { FilterDrawer } from './filter-drawer';
import { PRODUCT_NAME, sourceLineOf } from './product';
import { SelectedEvent } from './selected-event';
import { ShellHeader, SourceLine } from './shell-header';
import { useShellView } from './shell-view';
import type { ShellProps } from './shell-view';
import { TableDisclosure } from './table-disclosure';
import { TimelinePanel } from './timeline-panel';
import { ViewActions } from './view-actions';
import { DEFAULT_FILTERS } from '../domain/filters/registry';
import { HiddenHeading } from '../ui/skip-link';
import { useDetailsInView } from './use-details-in-view';

const DETAILS_HEADING = 'details-heading';

/** The desk view: filters beside the chart (a drawer on narrow screens), details, article. */
export function FullShell(props: ShellProps) {
  const { dataset, view, setView, capabilities } = props;
  const { events, sources } = dataset;
  const chartRef = useRef<SVGSVGElement>(null);
  const derived = useShellView(dataset, view);
  const details = useDetailsInView<HTMLElement>(derived.selected?.id ?? null);
  const exportMeta = useMemo(
    () => ({
      title: dataset.title,
      sourceLine: sourceLineOf(sources),
      derivedLine: `${PRODUCT_NAME} · ${derived.visible.length} of ${countOf(events.length, 'event')} shown · dataset derived ${formatDay(dataset.derived)}`,
      kinds: kindsIn(derived.visible),
      filters: filterWords(derived.values, derived.facets),
      description: exportDescription(derived.visible, events.length, sources),
      undated: hasOpenWindow(derived.visible),
    }),
    [
      sources,
      dataset.title,
      dataset.derived,
      derived.visible,
      derived.values,
      derived.facets,
      events.length,
    ],
  );

  const panel = (
    <FilterPanel
      facets={derived.facets}
      values={derived.values}
      onChange={(patch, mode) => {
        setView(patch, mode);
      }}
      onReset={() => {
        setView(DEFAULT_FILTERS);
      }}
      shown={derived.visible.length}
      total={events.length}
      isFiltered={derived.isFiltered}
      events={events}
      visible={derived.visible}
      extent={derived.extent}
      fallbackEnd={derived.reference.at}
    />
  );

  return (
    <div className="mx-auto flex max-w-[120rem] flex-col gap-4 p-3 sm:p-6">
      <ShellHeader
        scale="desk"
        actions={
          <ViewActions
            view={view}
            exports={<ExportButtons chart={chartRef} meta={exportMeta} filename={PRODUCT_NAME} />}
          />
        }
      >
        <SourceLine sources={sources} className="text-xs sm:text-sm" />
        <p className="hidden text-sm text-muted sm:block" data-testid="summary">
          {derived.summary}
        </p>
      </ShellHeader>
      <KeyFactsStrip
        dataset={dataset}
        events={derived.visible}
        selectedId={view.event}
        onSelect={(id) => {
          setView({ event: id });
        }}
      />
      <div data-needs-js="" className="contents">
        <OpenFile setView={setView} />
      </div>
      <DatasetNotices dataset={dataset} compact={capabilities.compactNotices} />
      <div className="ct-layout grid gap-4 lg:grid-cols-[17rem_minmax(0,1fr)] lg:grid-rows-[auto_1fr] 2xl:grid-cols-[17rem_minmax(0,1fr)_26rem]">
        <FilterDrawer hiddenCount={derived.isFiltered ? events.length - derived.visible.length : 0}>
          {panel}
        </FilterDrawer>
        <main className="ct-print-columns flex min-w-0 flex-col gap-4">
          <TimelinePanel {...props} derived={derived} chartRef={chartRef} />
          <TableDisclosure events={derived.visible} dataset={dataset} />
        </main>
        <aside
          ref={details}
          className="scroll-mt-2 self-start lg:col-start-2 2xl:col-start-3 2xl:row-start-1"
          aria-labelledby={DETAILS_HEADING}
        >
          <HiddenHeading id={DETAILS_HEADING}>Details</HiddenHeading>
          <SelectedEvent dataset={dataset} derived={derived} setView={setView} />
          {!derived.selected && (
            <p
              className="no-print rounded-lg border border-dashed border-edge p-4 text-sm text-muted"
              data-needs-js=""
            >
              Select an event to see its date, numbers, notes and the article’s own words.
            </p>
          )}
        </aside>
      </div>
      <footer className="text-xs text-muted">
        {sources.every((s) => s.text.status === 'loaded')
          ? 'Every event quotes its source verbatim.'
          : 'Quotes from sources whose text is not stored or could not be loaded are shown as the dataset gives them, unchecked.'}{' '}
        Dataset derived {formatDay(dataset.derived)}.
        <span data-needs-js="">
          <GetData dataset={dataset} />
        </span>
      </footer>
    </div>
  );
}
