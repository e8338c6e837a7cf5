import { describe, expect, it } from 'vitest';
import articleText from '../../data/article.txt?raw';
import timelineText from '../../data/timeline.json?raw';
import { parseDataset } from '../data/parse-dataset';
import { loadMultiSource } from '../test/multi-source-fixture';
import { columnsOf, findEvent, kindsIn, subsetOf } from './event-columns';
import type { ListColumn } from './event-columns';

const outcome = parseDataset(JSON.parse(timelineText), articleText);
if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
const events = outcome.dataset.events;

describe('columnsOf', () => {
  it('columnsOf(real events): lanes, sides in order of appearance, open edges as ±∞', () => {
    const columns = columnsOf(events);
    expect(columns.size).toBe(11);
    expect(columns.byKind.map((lane) => lane.length)).toStrictEqual([3, 2, 3, 2, 1]);
    expect(columns.sides).toStrictEqual(['azerbaijan', 'unknown', 'none', 'armenia']);
    const open = events.findIndex((e) => e.id === 'joint-statement');
    expect(columns.start[open]).toBe(Number.NEGATIVE_INFINITY);
    expect(columns.end[open]).toBe(Date.UTC(2023, 11, 9));
    expect(columns.anchor[open]).toBe(Date.UTC(2023, 11, 9));
    expect(Array.from(columns.precise).reduce((a, b) => a + b, 0)).toBe(2);
    expect(columnsOf(events)).toBe(columns); // cached by the array
  });

  it('a subset reads the same values as the parent at its positions', () => {
    const positions = Uint32Array.from([0, 4, 10]);
    const subset = subsetOf(events, positions);
    const parent = columnsOf(events);
    const columns = columnsOf(subset);
    expect(subset.map((e) => e.id)).toStrictEqual([0, 4, 10].map((i) => events[i]?.id));
    expect(Array.from(columns.anchor)).toStrictEqual([0, 4, 10].map((i) => parent.anchor[i]));
    expect(Array.from(columns.side)).toStrictEqual([0, 4, 10].map((i) => parent.side[i]));
    expect(Array.from(columns.precise)).toStrictEqual([0, 4, 10].map((i) => parent.precise[i]));
  });
});

/** Each event's values, by name. */
const named = ({ names, ids, starts }: ListColumn) =>
  Array.from({ length: starts.length - 1 }, (_, i) =>
    Array.from(ids.subarray(starts[i], starts[i + 1]), (id) => names[id]),
  );

describe('columnsOf, format 2 columns', () => {
  const fixture = loadMultiSource().events;

  it('cited sources (distinct, in claim order), cohorts and disputes per event', () => {
    const columns = columnsOf(fixture);
    expect(fixture.map((e) => e.id)).toStrictEqual([
      'capture-korven-pass',
      'sentence-korven-pass',
      'release-korven-pass',
      'held-korven-pass',
    ]);
    expect(named(columns.cited)).toStrictEqual([
      ['courier'],
      ['courier'],
      ['courier', 'ministry', 'harbor-watch'],
      ['courier', 'harbor-watch'],
    ]);
    expect(named(columns.cohort)).toStrictEqual(
      Array.from({ length: 4 }, () => ['korven-pass-20']),
    );
    expect(Array.from(columns.disputed)).toStrictEqual([0, 0, 1, 1]);
  });

  it('an event in no cohort has the one value "none"; a subset gathers the same', () => {
    const loose = fixture.map((e, i) => (i === 1 ? { ...e, cohortIds: [] } : e));
    expect(named(columnsOf(loose).cohort)).toStrictEqual([
      ['korven-pass-20'],
      ['none'],
      ['korven-pass-20'],
      ['korven-pass-20'],
    ]);
    const subset = columnsOf(subsetOf(loose, Uint32Array.from([1, 3])));
    expect(named(subset.cohort)).toStrictEqual([['none'], ['korven-pass-20']]);
    expect(named(subset.cited)).toStrictEqual([['courier'], ['courier', 'harbor-watch']]);
    expect(Array.from(subset.disputed)).toStrictEqual([0, 1]);
  });
});

describe('kindsIn and findEvent', () => {
  it('kindsIn lists the kinds present in lane order', () => {
    expect(kindsIn(events)).toStrictEqual([
      'capture',
      'sentence',
      'release',
      'status',
      'statement',
    ]);
    expect(
      kindsIn(events.filter((e) => e.kind === 'status' || e.kind === 'capture')),
    ).toStrictEqual(['capture', 'status']);
    expect(kindsIn([])).toStrictEqual([]);
  });

  it('findEvent finds by id; an unknown or null id gives null', () => {
    expect(findEvent(events, 'joint-statement')?.kind).toBe('statement');
    expect(findEvent(events, 'no-such-event')).toBeNull();
    expect(findEvent(events, null)).toBeNull();
  });
});
