import { EVENT_KINDS } from './kinds';
import type { EventKind } from './kinds';
import { formatWindowLong, groupThousands } from './format';
import { formatCountRange } from './dispute-wording';
import type { TimeWindow, WindowEdge } from './time-window';
import type { Cohort, QualifiedCount, SourceInfo, TimelineEvent } from './types';
import { DAY } from '../lib/time';

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

const SIGHTS: Record<EventKind, string> = {
  capture: 'capture',
  sentence: 'sentence',
  release: 'release',
  status: 'count',
  statement: 'statement',
};

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

/** An edge in the long words of its own precision ("8 December 2023", "December 2020"). */
function edgeWords(edge: WindowEdge, side: 'start' | 'end'): string {
  // An end edge is the first instant after the window: name the unit just inside it.
  const at = side === 'end' && edge.precision !== 'time' ? edge.at - DAY / 2 : edge.at;
  return formatWindowLong({
    edtf: '',
    start: { at, precision: edge.precision },
    end: null,
    isInterval: false,
    uncertain: false,
    approximate: false,
  });
}

/**
 * The date in words, never more precise than the window: a window open into the past is a
 * report ("date not given; reported by 8 December 2023"), one open into the future starts then
 * ("from 8 December 2023; date of release not given"); a closed one is said as the data gives it.
 */
export function keyFactDate(window: TimeWindow, kind: EventKind): string {
  const { start, end } = window;
  const doubt = window.uncertain ? ' (uncertain)' : '';
  if (!start && !end) return 'date not given';
  if (!start && end) return `date not given; reported by ${edgeWords(end, 'end')}${doubt}`;
  if (start && !end)
    return `from ${edgeWords(start, 'start')}; date of ${SIGHTS[kind]} not given${doubt}`;
  const words = formatWindowLong(window);
  return kind === 'status' && !window.isInterval ? `as of ${words}` : words;
}

/** "Armenian people", "people": the nationality as the data gives it. */
function peopleNoun(nationality: string): string {
  return nationality === 'unknown' ? 'people' : `${nationality} people`;
}

/** "the 64 reservists…" from "The 64 reservists…", to follow "of". */
function lowerArticle(label: string): string {
  return /^The /.test(label) ? `t${label.slice(1)}` : label;
}

/**
 * The cohort this event counts a part of ("of the 64 reservists captured at Hin Tagher"), so two
 * counts of the same holder and nationality read apart. Only a cohort the dataset gives a larger
 * number for: a cohort of exactly these people adds nothing.
 */
function partOf(event: TimelineEvent, cohorts: readonly Cohort[]): string {
  const value = event.people?.value ?? null;
  if (value === null) return '';
  const whole = cohorts.find(
    (c) =>
      event.cohortIds.includes(c.id) &&
      c.people?.value !== null &&
      c.people?.value !== undefined &&
      c.people.value > value,
  );
  return whole ? `, of ${lowerArticle(whole.label)}` : '';
}

/**
 * What happened, short and neutral, from the event's kind and people (and the cohort it is part
 * of); a statement, which has no people, is its title.
 */
export function keyFactWhat(event: TimelineEvent, cohorts: readonly Cohort[] = []): string {
  const people = event.people;
  if (!people) return event.title;
  return `${happened(event, people)}${partOf(event, cohorts)}`;
}

function happened(event: TimelineEvent, people: NonNullable<TimelineEvent['people']>): string {
  const who = peopleNoun(people.nationality);
  const holder = people.heldBy === 'unknown' ? null : people.heldBy;
  switch (event.kind) {
    case 'capture':
      return `${who} captured or arrested${holder ? ` by ${holder}` : ''}`;
    case 'sentence': {
      const years = event.sentenceLength;
      const term = years && years.value !== null ? ` to ${keyFigure(years)} years` : '';
      return `${who} sentenced${holder ? ` in ${holder}` : ''}${term}`;
    }
    case 'release': {
      // A release whose window opens on a day and stays open is announced, not yet dated.
      const verb = event.window.start && !event.window.end ? 'to be released' : 'released';
      return `${who} ${verb}${holder ? ` by ${holder}` : ''}`;
    }
    case 'status':
      return `${who} held${holder ? ` by ${holder}` : ''}`;
    case 'statement':
      return event.title;
  }
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
  const figure =
    fact.figure === null ? '' : `${fact.figure}${fact.disputed ? ' (sources disagree)' : ''} `;
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
    what: keyFactWhat(event, context.cohorts),
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
