import { EVENT_KINDS } from './kinds';
import type { EventKind } from './kinds';
import { formatWindowLong, groupThousands } from './format';
import { formatCountRange } from './dispute-wording';
import type { TimeWindow } from './time-window';
import type { Cohort, QualifiedCount, SourceInfo, TimelineEvent } from './types';
import { describeUndated } from './undated';

/**
 * The few facts a dataset marks as key (`key: true`), in words a first-time reader can check:
 * the number as the sources give it, what happened, when (never more precisely than the data),
 * and who says so. Nothing here is typed into the app: it is all read from the dataset.
 */
export interface KeyFact {
  /** Unique among the facts: the event's id, or "cohort:" and the cohort's id. */
  readonly id: string;
  /** The event a reader is taken to. */
  readonly eventId: string;
  /** "32", "at least 14", "some", "12–14"; null when the fact has no people (a statement). */
  readonly figure: string | null;
  /** The sources' counts do not agree: `figure` is the range they allow between them. */
  readonly disputed: boolean;
  /** "Armenian people to be released by Azerbaijan". */
  readonly what: string;
  /** "from 8 December 2023; date of release not given". */
  readonly when: string;
  /** Who speaks, each once, in claim order. */
  readonly attributions: readonly string[];
  /** The publishers of the sources they speak in, each once. */
  readonly publishers: readonly string[];
  /** The whole fact as one sentence, for a screen reader or a caption. */
  readonly sentence: string;
}

/** What the dataset gives besides the shown events: sources to name, cohorts to state. */
export interface KeyFactContext {
  readonly sources: readonly Pick<SourceInfo, 'id' | 'publisher'>[];
  readonly cohorts: readonly Cohort[];
}

/** "32", "at least 32", "up to 32", "some", "number not given", with any bounds the data gives. */
export function keyFigure(count: QualifiedCount): string {
  const n = count.value === null ? null : groupThousands(count.value);
  const bounds =
    count.min !== null || count.max !== null
      ? ` (between ${count.min ?? '?'} and ${count.max ?? '?'})`
      : '';
  switch (count.qualifier) {
    case 'exact':
      return `${n ?? 'number not given'}${bounds}`;
    case 'at-least':
      return `at least ${n ?? '?'}${bounds}`;
    case 'up-to':
      return `up to ${n ?? '?'}${bounds}`;
    case 'some':
      return `some${bounds}`;
    case 'unknown':
      return `number not given${bounds}`;
  }
}

/**
 * The date in words, never more precise than the window: a window open on one side gives only a
 * limit ("date not given; on or before 8 December 2023"), with its uncertainty and approximation
 * as the chart says them; a closed one is said as the data gives it.
 */
export function keyFactDate(window: TimeWindow, kind: EventKind): string {
  const undated = describeUndated(window);
  if (undated !== null) return undated;
  const words = formatWindowLong(window);
  return kind === 'status' && !window.isInterval ? `as of ${words}` : words;
}

/**
 * What happened: the event's own title, which the dataset words neutrally and which the sources
 * bear out. The app does not rebuild it from kind and people, where it would have to choose a
 * noun ("people" for "servicemen") or a tense the sources do not give.
 */
export function keyFactWhat(event: TimelineEvent): string {
  return event.title;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function sourcesOf(
  event: TimelineEvent,
  context: KeyFactContext,
): { attributions: string[]; publishers: string[] } {
  const publisher = new Map(context.sources.map((s) => [s.id, s.publisher]));
  return {
    attributions: unique(event.claims.map((c) => c.attributionLabel)),
    publishers: unique(event.claims.map((c) => publisher.get(c.sourceId) ?? c.sourceId)),
  };
}

/**
 * "according to A; B, in Western Armenia": every voice, then where they are reported, unless
 * a voice already is that publisher ("Western Armenia (the outlet's own reporting)").
 */
export function keyFactSource(fact: Pick<KeyFact, 'attributions' | 'publishers'>): string {
  const voices = fact.attributions.join('; ');
  const unnamed = fact.publishers.filter((p) => !fact.attributions.some((a) => a.startsWith(p)));
  return unnamed.length > 0
    ? `according to ${voices}, in ${unnamed.join(', ')}`
    : `according to ${voices}`;
}

/**
 * The short form drawn under a fact: the publishers first, then only the voices that are not a
 * publisher's own ("Western Armenia, citing Human-rights activists (unnamed)"); the full form,
 * every voice, is in the fact's sentence.
 */
export function keyFactByline(fact: Pick<KeyFact, 'attributions' | 'publishers'>): string {
  const others = fact.attributions.filter((a) => !fact.publishers.some((p) => a.startsWith(p)));
  const where = fact.publishers.join(', ');
  return others.length > 0 ? `${where}, citing ${others.join('; ')}` : where;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentenceOf(fact: Omit<KeyFact, 'sentence'>, cohort: boolean): string {
  // A cohort's label names its people ("The 20 taken at Korven Pass"): the count follows it.
  if (cohort)
    return `${fact.what}: ${fact.figure ?? 'number not given'} people (${fact.when}), ${keyFactSource(fact)}.`;
  // The title usually states the figure already ("Azerbaijan releases 32 …"); a disputed figure
  // is the sources' range, which the title cannot hold, so it is always said.
  const said = fact.figure !== null && !fact.disputed && fact.what.includes(fact.figure);
  const figure =
    fact.figure === null || said
      ? ''
      : `${fact.figure}${fact.disputed ? ' (sources disagree)' : ''}: `;
  return `${capitalise(`${figure}${fact.what}`)} (${fact.when}), ${keyFactSource(fact)}.`;
}

function withSentence(fact: Omit<KeyFact, 'sentence'>, cohort = false): KeyFact {
  return { ...fact, sentence: sentenceOf(fact, cohort) };
}

function eventFact(event: TimelineEvent, context: KeyFactContext): KeyFact {
  const range = event.dispute?.count ?? null;
  return withSentence({
    id: event.id,
    eventId: event.id,
    figure: range ? formatCountRange(range) : event.people ? keyFigure(event.people) : null,
    disputed: range !== null,
    what: keyFactWhat(event),
    when: keyFactDate(event.window, event.kind),
    ...sourcesOf(event, context),
  });
}

/** A cohort's count and label, dated and sourced by its first event in view. */
function cohortFact(cohort: Cohort, first: TimelineEvent, context: KeyFactContext): KeyFact {
  return withSentence(
    {
      id: `cohort:${cohort.id}`,
      eventId: first.id,
      figure: cohort.people ? keyFigure(cohort.people) : 'number not given',
      disputed: false,
      what: cohort.label,
      when: `first event: ${keyFactDate(first.window, first.kind)}`,
      ...sourcesOf(first, context),
    },
    true,
  );
}

function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  return a.start?.at === b.start?.at && a.end?.at === b.end?.at;
}

/**
 * Lane order (the chart's, top to bottom), then time, then the larger count first, then the
 * order given. `order` is each event's place in the shown list, which is chronological.
 */
function compareFacts(order: ReadonlyMap<TimelineEvent, number>) {
  return (a: TimelineEvent, b: TimelineEvent): number => {
    const byKind = EVENT_KINDS.indexOf(a.kind) - EVENT_KINDS.indexOf(b.kind);
    if (byKind !== 0) return byKind;
    const byTime = (order.get(a) ?? 0) - (order.get(b) ?? 0);
    if (!sameWindow(a.window, b.window)) return byTime;
    const byCount = (b.people?.value ?? -1) - (a.people?.value ?? -1);
    return byCount !== 0 ? byCount : byTime;
  };
}

/**
 * The key facts among the events in view (`shown`: filtered, in the dataset's chronological
 * order), in a stable order: key events in the chart's lane order, then key cohorts in the
 * dataset's order, each dated by its earliest event in view. A fact whose event is filtered out
 * is not stated; a cohort none of whose events is in view neither.
 */
export function keyFacts(shown: readonly TimelineEvent[], context: KeyFactContext): KeyFact[] {
  const order = new Map(shown.map((e, i) => [e, i]));
  const events = shown
    .filter((e) => e.key)
    .sort(compareFacts(order))
    .map((e) => eventFact(e, context));
  const cohorts = context.cohorts.flatMap((cohort) => {
    if (!cohort.key) return [];
    const members = new Set(cohort.events);
    const first = shown.find((e) => members.has(e.id));
    return first ? [cohortFact(cohort, first, context)] : [];
  });
  return [...events, ...cohorts];
}
