import { describe, expect, it } from 'vitest';
// The real files, read as text (src/ is typed without Node, so no node:fs here).
import articleText from '../../data/article.txt?raw';
import timelineText from '../../data/timeline.json?raw';
import { parseDataset } from '../data/parse-dataset';
import { loadMultiSource } from '../test/multi-source-fixture';
import { parseEdtfWindow } from './edtf-window';
import { boundedExtent, describeChart, summarizeEvents } from './summarize';
import type { TimelineEvent } from './types';

function realEvents(): readonly TimelineEvent[] {
  const outcome = parseDataset(JSON.parse(timelineText), articleText);
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.dataset.events;
}

function byId(events: readonly TimelineEvent[], id: string): TimelineEvent {
  const event = events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

function withDate(event: TimelineEvent, edtf: string): TimelineEvent {
  const span = parseEdtfWindow(edtf);
  if (typeof span === 'string') throw new Error(span);
  return { ...event, window: span };
}

describe('boundedExtent', () => {
  it('boundedExtent(real events) runs from 1 Dec 2020 to the end of 8 Dec 2023', () => {
    expect(boundedExtent(realEvents())).toStrictEqual([
      Date.UTC(2020, 11, 1),
      Date.UTC(2023, 11, 9),
    ]);
  });

  it('boundedExtent of one open-ended event is its start, twice', () => {
    const events = realEvents();
    expect(boundedExtent([byId(events, 'release-32-armenian-servicemen')])).toStrictEqual([
      Date.UTC(2023, 11, 8),
      Date.UTC(2023, 11, 8),
    ]);
  });

  it('boundedExtent([]) is null', () => {
    expect(boundedExtent([])).toBeNull();
  });

  it('boundedExtent of an event open at both ends is null', () => {
    const event = byId(realEvents(), 'joint-statement');
    const open: TimelineEvent = { ...event, window: { ...event.window, start: null, end: null } };
    expect(boundedExtent([open])).toBeNull();
  });
});

describe('summarizeEvents', () => {
  it("summarizeEvents(real events) is '11 events, Dec 2020 – Dec 2023'", () => {
    expect(summarizeEvents(realEvents())).toBe('11 events, Dec 2020 – Dec 2023');
  });

  it('summarizeEvents of a single one-day event names one month', () => {
    expect(summarizeEvents([byId(realEvents(), 'held-reservists-26')])).toBe('1 event, Dec 2023');
  });

  it('summarizeEvents of a single one-month event names that month, not the next', () => {
    expect(summarizeEvents([byId(realEvents(), 'capture-near-hadrut-2020-12')])).toBe(
      '1 event, Dec 2020',
    );
  });

  it('summarizeEvents of events spanning two years names both ends', () => {
    const event = byId(realEvents(), 'held-reservists-26');
    expect(summarizeEvents([withDate(event, '2021-03'), withDate(event, '2022-07-15')])).toBe(
      '2 events, Mar 2021 – Jul 2022',
    );
  });

  it('summarizeEvents([]) is just the count', () => {
    expect(summarizeEvents([])).toBe('0 events');
  });

  it('summarizeEvents of events with no bounded date is just the count', () => {
    const event = byId(realEvents(), 'joint-statement');
    const open: TimelineEvent = { ...event, window: { ...event.window, start: null, end: null } };
    expect(summarizeEvents([open])).toBe('1 event');
    expect(summarizeEvents([open, { ...open, id: 'other' }])).toBe('2 events');
  });
});

describe('summarizeEvents with open-ended windows', () => {
  it('summarizeEvents names the start month of an open-ended window, not the month before it', () => {
    const [first] = realEvents();
    if (!first) throw new Error('no events');
    expect(summarizeEvents([withDate(first, '2024-01/..')])).toBe('1 event, Jan 2024');
    expect(
      summarizeEvents([
        withDate(first, '2023-11-15'),
        withDate({ ...first, id: 'x' }, '2024-01/..'),
      ]),
    ).toBe('2 events, Nov 2023 – Jan 2024');
  });
});

describe('describeChart', () => {
  it('describeChart(real events) counts each kind and gives the span', () => {
    expect(describeChart(realEvents())).toBe(
      '11 events: 3 captures & arrests, 2 sentences, 3 releases, 2 counts of people held, 1 statement; dated Dec 2020 – Dec 2023.',
    );
  });

  it('describeChart(multi-source fixture) says on how many events the sources disagree', () => {
    expect(describeChart(loadMultiSource().events)).toBe(
      '4 events: 1 capture or arrest, 1 sentence, 1 release, 1 count of people held; dated Mar 2019 – Jun 2019; sources disagree on 2 of them.',
    );
  });

  it('describeChart([]) says there are none', () => {
    expect(describeChart([])).toBe('No events.');
  });
});
