import { checkFormat1 } from './check-format1';
import { checkFormat2 } from './check-format2';
import type { Checked2 } from './check-format2';
import { fastRecords } from './records';
import type { FastRecords, Records } from './records';
import { indexText, normalizeLineEnds } from './anchor-quote';
import type { IndexedText } from './anchor-quote';
import { compareEvents, checkedWindow } from './normalize-event';
import type { RawSource2 } from './format2-schema';
import type { Dataset, SourceInfo, SourceText, TimelineEvent } from '../domain/types';

export type ParseOutcome =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly problems: readonly string[] };

/** A valid file without its events: what `checkDataset` returns once every event was handed on. */
export type CheckOutcome =
  | { readonly ok: true; readonly dataset: Omit<Dataset, 'events'> }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * The sources' stored texts, by source id, as the loader got them. A string is the one text of
 * every source that has one: scripts and tests that read a format 1 article from disk.
 */
export type GivenTexts = string | ReadonlyMap<string, SourceText>;

/**
 * Events in the app's order, with the rest of a checked file: what `parseDataset` returns from
 * what `checkDataset` handed on.
 */
export function withEvents(outcome: CheckOutcome, events: TimelineEvent[]): ParseOutcome {
  if (!outcome.ok) return outcome;
  events.sort(compareEvents);
  return { ok: true, dataset: { ...outcome.dataset, events } };
}

/** The `format` a file declares: none is 1; anything but 2 is a problem to report. */
export function readFormat(raw: unknown): 1 | 2 | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('format' in raw)) return 1;
  if (raw.format === 2) return 2;
  const json: unknown = JSON.stringify(raw.format);
  const shown = typeof json === 'string' ? json : 'that value';
  const value = shown.length > 24 ? `${shown.slice(0, 24)}…` : shown;
  return `format: ${value} is not a format this app reads: write 2, or leave "format" out for format 1`;
}

/**
 * The first step of every check: the format, then each record through the fast checkers
 * (records.ts). A format this app does not read is the one problem.
 */
export function fastPass(raw: unknown): FastRecords | string {
  const format = readFormat(raw);
  return typeof format === 'string' ? format : fastRecords(raw, format);
}

/**
 * The rest, once each record has its schema's verdict: the cross-record checks, handing each
 * valid, normalised event to `onEvent` in file order as soon as it is checked (a worker posts
 * them in batches while it checks the rest). Sorting is the caller's: `compareEvents`. Quotes are
 * checked against every stored text that could be loaded.
 */
export function checkRecords(
  records: Records,
  texts: GivenTexts,
  onEvent: (event: TimelineEvent) => void,
  onProgress?: (checked: number, total: number) => void,
): CheckOutcome {
  const states = new Map<string, SourceText>();
  const indexed = new Map<string, IndexedText | null>();
  const textOf = (source: RawSource2): IndexedText | null => {
    const known = indexed.get(source.id);
    if (known !== undefined) return known;
    const state = textState(source, texts);
    states.set(source.id, state);
    const index = state.status === 'loaded' ? indexText(state.text) : null;
    indexed.set(source.id, index);
    return index;
  };
  const context = { textOf, onEvent, onProgress };
  const outcome =
    records.format === 1 ? checkFormat1(records, context) : checkFormat2(records, context);
  if (!outcome.ok) return outcome;
  return {
    ok: true,
    dataset: datasetOf(records.format, outcome.checked, (source) => {
      textOf(source);
      return states.get(source.id) ?? { status: 'not-stored' };
    }),
  };
}

/** What became of a source's text: loaded, unavailable (and why), or never stored. */
function textState(source: RawSource2, texts: GivenTexts): SourceText {
  if (source.text === undefined) return { status: 'not-stored' };
  // The text as quotes are counted in it: line ends read as "\n" (normalizeLineEnds).
  if (typeof texts === 'string') return { status: 'loaded', text: normalizeLineEnds(texts) };
  const given = texts.get(source.id);
  if (given?.status === 'loaded') return { status: 'loaded', text: normalizeLineEnds(given.text) };
  return (
    given ?? {
      status: 'unavailable',
      url: source.text,
      reason: `The text of “${source.title}” (${source.text}) was not loaded.`,
    }
  );
}

function datasetOf(
  format: 1 | 2,
  checked: Checked2,
  stateOf: (source: RawSource2) => SourceText,
): Omit<Dataset, 'events'> {
  const sources: SourceInfo[] = checked.sources.map((source) => ({
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    section: source.section ?? null,
    published: source.published,
    publishedWindow: checkedWindow(source.published),
    url: source.url ?? null,
    language: source.language ?? null,
    type: source.type,
    text: stateOf(source),
  }));
  return {
    format,
    title: checked.title,
    headline: checked.headline,
    derived: checked.derived,
    sources,
    attributions: checked.attributions,
    cohorts: checked.cohorts,
    skipped: checked.skipped,
  };
}
