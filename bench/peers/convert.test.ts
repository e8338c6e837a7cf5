import { describe, expect, it } from 'vitest';
import {
  dayAfter,
  escapeHtml,
  firstDay,
  partsOf,
  placementOf,
  toTimelineJs,
  toVisTimeline,
} from './convert';
import type { PeerSourceEvent } from './convert';

const event = (id: string, kind: string, date: string, title = `T ${id}`): PeerSourceEvent => ({
  id,
  kind,
  date,
  title,
  summary: `S ${id}`,
});

describe('partsOf', () => {
  it('reads a year, a month or a day and drops the qualifiers', () => {
    expect(partsOf('2020')).toEqual({ year: 2020 });
    expect(partsOf('2018-02?')).toEqual({ year: 2018, month: 2 });
    expect(partsOf('2018-09~')).toEqual({ year: 2018, month: 9 });
    expect(partsOf('2023-12-08')).toEqual({ year: 2023, month: 12, day: 8 });
  });
  it('has no parts for an open or unknown bound', () => {
    expect(partsOf('..')).toBeNull();
    expect(partsOf('')).toBeNull();
  });
});

describe('placementOf', () => {
  it('places a single date as a point', () => {
    expect(placementOf('2019-11?')).toEqual({ start: { year: 2019, month: 11 }, end: null });
  });
  it('places a bounded interval as a span', () => {
    expect(placementOf('2019-06-26/2019-07-22')).toEqual({
      start: { year: 2019, month: 6, day: 26 },
      end: { year: 2019, month: 7, day: 22 },
    });
  });
  it('places a half-open interval at its known edge, as the FLOOR does', () => {
    expect(placementOf('../2023-12-08')).toEqual({
      start: { year: 2023, month: 12, day: 8 },
      end: null,
    });
    expect(placementOf('2023-09-10/..')).toEqual({
      start: { year: 2023, month: 9, day: 10 },
      end: null,
    });
  });
  it('cannot place an interval open at both ends', () => {
    expect(placementOf('../..')).toBeNull();
  });
});

describe('firstDay and dayAfter', () => {
  it('give the first day and the exclusive end at each precision', () => {
    expect(firstDay({ year: 2021 })).toBe('2021-01-01');
    expect(firstDay({ year: 2021, month: 7 })).toBe('2021-07-01');
    expect(firstDay({ year: 2021, month: 7, day: 29 })).toBe('2021-07-29');
    expect(dayAfter({ year: 2021 })).toBe('2022-01-01');
    expect(dayAfter({ year: 2023, month: 12 })).toBe('2024-01-01');
    expect(dayAfter({ year: 2024, month: 2, day: 29 })).toBe('2024-03-01');
  });
});

describe('escapeHtml', () => {
  it('keeps markup in a title as text', () => {
    expect(escapeHtml('<b>"A" & B</b>')).toBe('&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;');
  });
});

describe('toTimelineJs', () => {
  it('writes start_date, end_date, text and group at the dataset precision', () => {
    const out = toTimelineJs([
      event('a', 'capture', '../2018-02-07'),
      event('b', 'sentence', '2023-09/2023-10', 'Sentenced <10>'),
      event('c', 'release', '../..'),
    ]);
    expect(out.skipped).toBe(1);
    expect(out.data).toEqual({
      events: [
        {
          unique_id: 'a',
          start_date: { year: '2018', month: '2', day: '7' },
          text: { headline: 'T a', text: 'S a' },
          group: 'Capture',
        },
        {
          unique_id: 'b',
          start_date: { year: '2023', month: '9' },
          end_date: { year: '2023', month: '10' },
          text: { headline: 'Sentenced &lt;10&gt;', text: 'S b' },
          group: 'Sentence',
        },
      ],
    });
  });
});

describe('toVisTimeline', () => {
  it('writes points and ranges, and one group per kind in lane order', () => {
    const out = toVisTimeline([
      event('r', 'release', '2023-12-08'),
      event('s', 'sentence', '2019-06-26/2019-07-22'),
      event('c', 'capture', '2020-12?'),
      event('x', 'capture', '../..'),
    ]);
    expect(out.skipped).toBe(1);
    expect(out.data.items).toEqual([
      { id: 'r', start: '2023-12-08', content: 'T r', group: 'release' },
      { id: 's', start: '2019-06-26', end: '2019-07-23', content: 'T s', group: 'sentence' },
      { id: 'c', start: '2020-12-01', content: 'T c', group: 'capture' },
    ]);
    expect(out.data.groups).toEqual([
      { id: 'capture', content: 'Capture', order: 0 },
      { id: 'sentence', content: 'Sentence', order: 1 },
      { id: 'release', content: 'Release', order: 2 },
    ]);
  });
});
