import { useId, useMemo } from 'react';
import { keyFactByline, keyFacts } from '../../domain/key-facts';
import type { KeyFact } from '../../domain/key-facts';
import type { Dataset, TimelineEvent } from '../../domain/types';

/**
 * How large the strip is drawn: at a desk (a row of up to four facts, scrolling on a phone), in
 * a frame on someone's page (one line of numbers), or on a projector (the opening slide).
 */
export type KeyFactsSize = 'desk' | 'compact' | 'stage';

export interface KeyFactsStripProps {
  readonly dataset: Pick<Dataset, 'headline' | 'sources' | 'cohorts' | 'events'>;
  /** The events in view (filtered), in the dataset's order: a fact of any other is not stated. */
  readonly events: readonly TimelineEvent[];
  /** Takes the reader to a fact's event (the shells select it). */
  readonly onSelect: (eventId: string) => void;
  /** The selected event, whose fact is marked as pressed. */
  readonly selectedId?: string | null | undefined;
  readonly size?: KeyFactsSize;
}

const LIST: Record<KeyFactsSize, string> = {
  // Phones scroll the row sideways instead of stacking four cards above the chart.
  desk: 'flex snap-x gap-2 overflow-x-auto pb-1 sm:grid sm:grid-cols-2 sm:overflow-visible lg:grid-cols-4',
  compact: 'flex gap-1.5 overflow-x-auto whitespace-nowrap',
  stage: 'grid grid-cols-2 gap-4 xl:grid-cols-4',
};

const LIST_ITEM: Record<KeyFactsSize, string> = {
  // A card keeps its width in the phone's sideways row; in the grid it takes the column's.
  desk: 'shrink-0 sm:min-w-0',
  compact: 'shrink-0',
  stage: 'min-w-0',
};

const ITEM: Record<KeyFactsSize, string> = {
  // The number beside its words: four facts fit one row at 1280 px without pushing the chart down.
  desk: 'grid h-full w-72 shrink-0 snap-start grid-cols-[auto_minmax(0,1fr)] content-start gap-x-2.5 rounded-lg border border-edge bg-surface px-3 py-2 text-left hover:bg-hover sm:w-auto',
  compact:
    'flex items-baseline gap-1 rounded-md border border-edge bg-surface px-2 py-0.5 text-left text-sm hover:bg-hover',
  stage:
    'flex h-full flex-col gap-1 rounded-xl border-2 border-edge bg-surface px-5 py-4 text-left hover:bg-hover',
};

const FIGURE: Record<KeyFactsSize, string> = {
  desk: 'row-span-4 text-3xl font-bold leading-none tabular-nums',
  compact: 'font-bold tabular-nums',
  stage: 'text-6xl font-bold leading-none tabular-nums',
};

const WHAT: Record<KeyFactsSize, string> = {
  desk: 'line-clamp-3 text-sm font-semibold leading-snug',
  compact: 'max-w-[18ch] truncate',
  stage: 'text-2xl font-semibold leading-snug',
};

const DETAIL: Record<KeyFactsSize, string> = {
  desk: 'text-xs leading-snug text-muted',
  // One line of numbers in a frame: the date and the voices are in the button's name only.
  compact: 'hidden',
  stage: 'text-lg leading-snug text-muted',
};

const BYLINE: Record<KeyFactsSize, string> = {
  desk: 'line-clamp-2 text-xs leading-snug text-muted',
  compact: 'hidden',
  stage: 'text-lg leading-snug text-muted',
};

const HEADLINE: Record<KeyFactsSize, string> = {
  desk: 'text-base leading-snug',
  compact: 'sr-only',
  stage: 'text-2xl leading-snug xl:text-3xl',
};

function FactButton({
  fact,
  size,
  pressed,
  onSelect,
}: {
  fact: KeyFact;
  size: KeyFactsSize;
  pressed: boolean;
  onSelect: (eventId: string) => void;
}) {
  return (
    <button
      type="button"
      className={`${ITEM[size]} aria-pressed:border-accent aria-pressed:ring-2 aria-pressed:ring-accent`}
      aria-pressed={pressed}
      // The fact as one sentence; the parts drawn below are the same words, laid out.
      aria-label={fact.sentence}
      // Where the card cuts its words short, a pointer still gets the whole fact.
      title={fact.sentence}
      data-fact-id={fact.id}
      data-fact-event={fact.eventId}
      onClick={() => {
        onSelect(fact.eventId);
      }}
    >
      {fact.figure !== null && (
        <span className={FIGURE[size]} data-testid="key-fact-figure">
          {fact.figure}
        </span>
      )}
      {fact.disputed && (
        <span className={size === 'compact' ? 'text-xs' : 'text-xs font-semibold text-warn'}>
          sources disagree
        </span>
      )}
      <span className={WHAT[size]}>{fact.what}</span>
      <span className={DETAIL[size]}>{fact.when}</span>
      <span className={BYLINE[size]} data-testid="key-fact-source">
        {keyFactByline(fact)}
      </span>
    </button>
  );
}

/**
 * The facts the dataset marks as key, above the chart: each its number as the sources give it,
 * what happened, when and who says so, and a button to its event. Generated from the dataset and
 * the filters; a dataset that marks nothing and gives no headline shows nothing.
 */
export function KeyFactsStrip({
  dataset,
  events,
  onSelect,
  selectedId = null,
  size = 'desk',
}: KeyFactsStripProps) {
  const heading = useId();
  const facts = useMemo(() => keyFacts(events, dataset), [events, dataset]);
  const marksAny = useMemo(
    () => dataset.events.some((e) => e.key) || dataset.cohorts.some((c) => c.key),
    [dataset],
  );
  if (!marksAny && dataset.headline === null) return null;
  return (
    // Left out of print for now: the printed page is the chart and its table, on one sheet.
    <section
      aria-labelledby={heading}
      className={`no-print ${size === 'compact' ? 'flex items-center gap-2' : 'flex flex-col gap-2'}`}
      data-testid="key-facts"
      data-size={size}
    >
      {dataset.headline !== null && <p className={HEADLINE[size]}>{dataset.headline}</p>}
      <h2
        id={heading}
        className={
          size === 'stage'
            ? 'text-lg font-semibold tracking-wide text-muted uppercase'
            : 'shrink-0 text-xs font-semibold tracking-wide text-muted uppercase'
        }
      >
        Key facts
      </h2>
      {facts.length > 0 ? (
        <ul className={LIST[size]}>
          {facts.map((fact) => (
            <li key={fact.id} className={LIST_ITEM[size]}>
              <FactButton
                fact={fact}
                size={size}
                pressed={fact.eventId === selectedId}
                onSelect={onSelect}
              />
            </li>
          ))}
        </ul>
      ) : (
        marksAny && <p className="text-sm text-muted">No key facts in this view.</p>
      )}
    </section>
  );
}
