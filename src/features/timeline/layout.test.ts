import { scaleUtc } from 'd3-scale';
import type { ScaleTime } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The real files, read as text (src/ is typed without Node, so no node:fs here).
import articleText from '../../../data/article.txt?raw';
import timelineText from '../../../data/timeline.json?raw';
import { parseDataset } from '../../data/parse-dataset';
import { parseEdtfWindow } from '../../domain/edtf-window';
import { EVENT_KINDS } from '../../domain/kinds';
import { anchorInstant } from '../../domain/time-window';
import type { TimelineEvent } from '../../domain/types';
import { ARBITRARY_END, ARBITRARY_START, eventsArb } from '../../test/arbitrary-events';
import { FIXED_MARK_AREA, makeAreaScale } from '../../lib/scales';
import {
  BIN_PX,
  DENSITY_HEIGHT,
  DENSITY_THRESHOLD,
  MAX_ROWS,
  LABEL_CHAR_WIDTH,
  LANE_GAP,
  LANE_HEADER,
  ROW_CLEARANCE,
  ROW_HEIGHT,
  MARKER_RADIUS,
  claimedExtent,
  layoutTimeline,
  markerOf,
} from './layout';
import { loadMultiSource } from '../../test/multi-source-fixture';
import { dayInstant, referenceInstant } from '../../lib/time';
import { BASE_METRICS } from './metrics';
import { undatedColumn, wrapColumnLabel } from './undated-column';
import type { MarkModel, TimelineLayout } from './layout';

const DAY = 86_400_000;
const DOMAIN_START = Date.UTC(2020, 8, 1);
const DOMAIN_END = Date.UTC(2024, 2, 1);

function scale(width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(DOMAIN_START), new Date(DOMAIN_END)])
    .range([0, width]);
}

function realEvents(): readonly TimelineEvent[] {
  const outcome = parseDataset(JSON.parse(timelineText), articleText);
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.dataset.events;
}

const EVENTS = realEvents();
const areaOf = makeAreaScale(64);
/** 63 days over 1,000 px: a 20 px glyph plus 12 px clearance fits every third day in a row. */
const ROWS_WHEN_COMPACT = 3;

/** The real events at a chart width, the time scale across the plot left of the column. */
function layoutAt(width: number): TimelineLayout {
  const plotWidth = undatedColumn(EVENTS, width, BASE_METRICS)?.plotWidth ?? width;
  return layoutTimeline(EVENTS, scale(plotWidth), { width, areaOf });
}

function markOf(layout: TimelineLayout, id: string): MarkModel {
  const mark = layout.marks.find((m) => m.event.id === id);
  if (!mark) throw new Error(`no mark for ${id}`);
  return mark;
}

function extentOf(mark: MarkModel): [number, number] {
  return claimedExtent(mark.cx, mark.halfWidth, mark.label, mark.band);
}

/** The property the packing exists for: items sharing a row keep ROW_CLEARANCE apart. */
function expectRowsClear(layout: TimelineLayout): void {
  const rows = new Map<string, [number, number][]>();
  const compact = new Set(layout.lanes.filter((l) => l.compact).map((l) => l.kind));
  for (const mark of layout.marks) {
    // The undated column gives each of its marks a row of its own.
    if (mark.undated) continue;
    const key = `${mark.lane}/${mark.row}`;
    // A compact lane's bands may overlap; its glyphs may not.
    const extent = compact.has(mark.event.kind)
      ? claimedExtent(mark.cx, mark.halfWidth, mark.label, null)
      : extentOf(mark);
    rows.set(key, [...(rows.get(key) ?? []), extent]);
  }
  for (const extents of rows.values()) {
    const sorted = [...extents].sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < sorted.length; i += 1) {
      const prev = sorted[i - 1];
      const next = sorted[i];
      if (!prev || !next) continue;
      expect(prev[1] + ROW_CLEARANCE).toBeLessThanOrEqual(next[0]);
    }
  }
}

/**
 * Labels are shortened (with "…") or dropped, never drawn past either edge of the plot; the
 * undated column's lines stay inside the column.
 */
function expectLabelsInside(layout: TimelineLayout, width: number): void {
  const plotWidth = layout.column?.plotWidth ?? width;
  for (const { label, event, undated } of layout.marks) {
    if (!label) continue;
    if (undated) {
      const column = layout.column;
      expect(column).not.toBeNull();
      expect(label.lines.length).toBeLessThanOrEqual(2);
      for (const line of label.lines) {
        expect(label.x).toBeGreaterThanOrEqual(column?.x ?? 0);
        expect(label.x + line.length * LABEL_CHAR_WIDTH).toBeLessThanOrEqual(width);
      }
      continue;
    }
    const w = label.text.length * LABEL_CHAR_WIDTH;
    const [lo, hi] = label.anchor === 'start' ? [label.x, label.x + w] : [label.x - w, label.x];
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThanOrEqual(plotWidth);
    if (label.text !== event.title) {
      expect(label.text.endsWith('…')).toBe(true);
      expect(event.title.startsWith(label.text.slice(0, -1))).toBe(true);
    }
  }
}

describe('layoutTimeline over the real dataset at width 1000', () => {
  const layout = layoutAt(1000);
  // The column is 420 px (its longest label, two lines of 51 characters, would want 430.2 px;
  // 42 % of 1,000 is the most it takes): the plot is the 564 px left of it and its 16 px gap.
  const x = scale(564);

  it('layoutTimeline puts the undated column beside the plot, 420 px wide', () => {
    expect(layout.column).toStrictEqual({
      placement: 'beside',
      x: 580,
      width: 420,
      plotWidth: 564,
      top: 0,
      groups: [
        { kind: 'capture', y: 0, height: 110, rows: 2, hidden: 0 },
        { kind: 'sentence', y: 118, height: 110, rows: 2, hidden: 0 },
        { kind: 'release', y: 236, height: 154, rows: 3, hidden: 0 },
        { kind: 'statement', y: 516, height: 66, rows: 1, hidden: 0 },
      ],
    });
  });

  it('layoutTimeline stacks five lanes, each as tall as its plot rows or its column rows', () => {
    const lane = (kind: string, y: number, rows: number, columnRows: number) => ({
      kind,
      y,
      height: LANE_HEADER + Math.max(rows, columnRows) * ROW_HEIGHT,
      rows,
      density: null,
      outside: 0,
      compact: false,
      columnRows,
    });
    expect(layout.lanes).toStrictEqual([
      lane('capture', 0, 1, 2),
      lane('sentence', 118, 0, 2),
      lane('release', 236, 0, 3),
      lane('status', 398, 2, 0),
      lane('statement', 516, 0, 1),
    ]);
    expect(layout.plotHeight).toBe(582);
    expect(layout.height).toBe(582);
    layout.lanes.slice(1).forEach((lane, i) => {
      const above = layout.lanes[i];
      expect(lane.y).toBe((above?.y ?? 0) + (above?.height ?? 0) + LANE_GAP);
    });
  });

  it('layoutTimeline returns one mark per event, in the given order', () => {
    expect(layout.marks.map((m) => m.event.id)).toStrictEqual(EVENTS.map((e) => e.id));
  });

  it('layoutTimeline puts each event in its lane and row: no start or no end, in the column', () => {
    expect(
      Object.fromEntries(layout.marks.map((m) => [m.event.id, [m.lane, m.row, m.cy, m.undated]])),
    ).toStrictEqual({
      'capture-near-hadrut-2020-12': [0, 0, 44, null],
      'arrest-at-border-six': [0, 0, 44, 'end'],
      'capture-hin-tagher-khtsaberd-64': [0, 1, 88, 'end'],
      'sentence-border-six': [1, 0, 162, 'end'],
      'sentence-reservists-up-to-six-years': [1, 1, 206, 'end'],
      'release-some-reservists': [2, 0, 280, 'end'],
      'release-2-azerbaijani-servicemen': [2, 1, 324, 'start'],
      'release-32-armenian-servicemen': [2, 2, 368, 'start'],
      'held-armenians-55-rights-activists': [3, 0, 442, null],
      'held-reservists-26': [3, 1, 486, null],
      'joint-statement': [4, 0, 560, 'end'],
    });
  });

  it('layoutTimeline sizes marks by count: 64 → 900, 32 → 450, no number → fixed', () => {
    expect(
      Object.fromEntries(layout.marks.map((m) => [m.event.id, [m.area, m.countStyle]])),
    ).toStrictEqual({
      'capture-near-hadrut-2020-12': [FIXED_MARK_AREA, 'unknown'],
      'arrest-at-border-six': [84.375, 'exact'],
      'capture-hin-tagher-khtsaberd-64': [900, 'exact'],
      'sentence-border-six': [84.375, 'exact'],
      'sentence-reservists-up-to-six-years': [365.625, 'exact'],
      'release-2-azerbaijani-servicemen': [28.125, 'exact'],
      'release-32-armenian-servicemen': [450, 'exact'],
      'release-some-reservists': [FIXED_MARK_AREA, 'unknown'],
      'held-armenians-55-rights-activists': [773.4375, 'exact'],
      'held-reservists-26': [365.625, 'exact'],
      'joint-statement': [FIXED_MARK_AREA, 'none'],
    });
    expect(markOf(layout, 'capture-hin-tagher-khtsaberd-64').halfWidth).toBeCloseTo(18.6, 12);
  });

  it('layoutTimeline centres every column glyph at one x, and no undated mark on the plot', () => {
    // 580 + 8 (padding) + 7 (room for the bracket) + 18.6 (half the largest glyph).
    const undated = layout.marks.filter((m) => m.undated !== null);
    expect(undated).toHaveLength(8);
    for (const mark of undated) {
      expect(mark.cx).toBeCloseTo(613.6, 9);
      expect(mark.band).toBeNull();
      expect(mark.label?.x).toBeCloseTo(645.2, 9);
    }
    expect(markOf(layout, 'held-reservists-26').cx).toBeCloseTo(x(Date.UTC(2023, 11, 8, 12)), 9);
    expect(Math.round(markOf(layout, 'held-reservists-26').cx * 1000)).toBe(527121);
    expect(markOf(layout, 'capture-near-hadrut-2020-12').cx).toBeCloseTo(
      x(Date.UTC(2020, 11, 16, 12)),
      9,
    );
  });

  it('layoutTimeline wraps column labels on two lines, the bound in words at the end', () => {
    expect(markOf(layout, 'arrest-at-border-six').label?.lines).toStrictEqual([
      'Six people arrested at the border',
      'on or before 8 Dec 2023',
    ]);
    expect(markOf(layout, 'capture-hin-tagher-khtsaberd-64').label?.lines).toStrictEqual([
      '64 reservists captured at Hin Tagher and',
      'Khtsaberd · on or before 8 Dec 2023',
    ]);
    expect(markOf(layout, 'sentence-border-six').label?.lines).toStrictEqual([
      'Six people arrested at the border have served',
      'most of their sentences · on or before 8 Dec 2023',
    ]);
    expect(markOf(layout, 'release-32-armenian-servicemen').label?.lines).toStrictEqual([
      'Azerbaijan releases 32 Armenian servicemen',
      'on or after 8 Dec 2023',
    ]);
  });

  it('layoutTimeline draws window bands only for bounded windows: a month, none for a day', () => {
    expect(markOf(layout, 'capture-near-hadrut-2020-12').band).toStrictEqual({
      x0: x(Date.UTC(2020, 11, 1)),
      x1: x(Date.UTC(2021, 0, 1)),
      openStart: false,
      openEnd: false,
    });
    expect(markOf(layout, 'held-reservists-26').band).toBeNull();
    expect(markOf(layout, 'held-armenians-55-rights-activists').band).toBeNull();
  });

  it('layoutTimeline labels right of the glyph where there is room, else left', () => {
    const hadrut = markOf(layout, 'capture-near-hadrut-2020-12');
    expect(hadrut.label).toStrictEqual({
      x: hadrut.cx + hadrut.halfWidth + 6,
      anchor: 'start',
      text: 'Captured near Hadrut, December 2020',
      lines: ['Captured near Hadrut, December 2020'],
    });
    const held = markOf(layout, 'held-reservists-26');
    expect(held.label?.anchor).toBe('end');
    expect(held.label?.x).toBe(held.cx - held.halfWidth - 6);
    expect(markOf(layout, 'held-armenians-55-rights-activists').label?.text).toBe(
      '55 Armenians held by Azerbaijan, according to h…',
    );
  });

  it('layoutTimeline: no two marks in a row claim overlapping extents', () => {
    expectRowsClear(layout);
  });

  it('layoutTimeline: every label lies within the plot, or within the column', () => {
    expectLabelsInside(layout, 1000);
  });
});

describe('layoutTimeline over the real dataset at width 320', () => {
  const layout = layoutAt(320);

  it('layoutTimeline(width 320) keeps on the plot only the lanes with dated events', () => {
    expect(layout.lanes.map((l) => [l.kind, l.rows, l.columnRows])).toStrictEqual([
      ['capture', 1, 0],
      ['status', 2, 0],
    ]);
    expect(layout.plotHeight).toBe(184);
  });

  it('layoutTimeline(width 320) puts the column below the plot: a heading, then each kind', () => {
    expect(layout.column?.placement).toBe('below');
    // 184 (the plot) + 2 × 8 (a gap) = 200; the heading row is 22 px.
    expect(layout.column?.top).toBe(200);
    expect(layout.column?.groups.map((g) => [g.kind, g.y, g.rows])).toStrictEqual([
      ['capture', 222, 2],
      ['sentence', 340, 2],
      ['release', 458, 3],
      ['statement', 620, 1],
    ]);
    expect(layout.height).toBe(686);
    expect(markOf(layout, 'joint-statement').cy).toBe(620 + LANE_HEADER + ROW_HEIGHT / 2);
  });

  it('layoutTimeline(width 320): no two marks in a row claim overlapping extents', () => {
    expectRowsClear(layout);
  });

  it('layoutTimeline(width 320): labels are truncated with "…" and stay within [0, 320]', () => {
    expectLabelsInside(layout, 320);
    expect(markOf(layout, 'held-armenians-55-rights-activists').label?.text).toBe(
      '55 Armenians held by Azerbaijan, accor…',
    );
    expect(markOf(layout, 'capture-near-hadrut-2020-12').label?.text).toBe(
      'Captured near Hadrut, December 2020',
    );
    // Too long for two lines of 35: the title is shortened, never the bound.
    expect(markOf(layout, 'capture-hin-tagher-khtsaberd-64').label?.lines).toStrictEqual([
      '64 reservists captured at Hin',
      'Tagher a… · on or before 8 Dec 2023',
    ]);
  });

  it('layoutTimeline(width 60) drops labels that cannot keep six characters', () => {
    const narrow = layoutTimeline(EVENTS, scale(60), { width: 60, areaOf });
    expectRowsClear(narrow);
    expectLabelsInside(narrow, 60);
    expect(markOf(narrow, 'capture-hin-tagher-khtsaberd-64').label).toBeNull();
  });
});

describe('one instant per day', () => {
  // Zoomed to 15 Nov – 31 Dec 2023 over a 564 px plot: 46 days, about 12.26 px a day.
  const x = scaleUtc()
    .domain([new Date(Date.UTC(2023, 10, 15)), new Date(Date.UTC(2023, 11, 31))])
    .range([0, 564]);
  // The article's publication window ends at midnight of 9 December (exclusive).
  const published = Date.UTC(2023, 11, 9);
  const layout = layoutTimeline(EVENTS, x, { width: 1000, areaOf, reference: published });

  it('draws the publication line on 8 December at noon UTC, where that day’s marks are', () => {
    const noon = x(Date.UTC(2023, 11, 8, 12));
    // (23.5 days of 46) × 564 px.
    expect(noon).toBeCloseTo(288.1304347826087, 9);
    expect(layout.referenceX).toBe(noon);
    expect(markOf(layout, 'held-reservists-26').cx).toBe(layout.referenceX);
    expect(markOf(layout, 'held-armenians-55-rights-activists').cx).toBe(layout.referenceX);
  });

  it('referenceInstant puts an end edge at midnight on its last day’s noon, else leaves it', () => {
    expect(referenceInstant(published)).toBe(Date.UTC(2023, 11, 8, 12));
    expect(referenceInstant(Date.UTC(2024, 0, 1))).toBe(Date.UTC(2023, 11, 31, 12));
    expect(referenceInstant(Date.UTC(2023, 11, 8, 14, 30))).toBe(Date.UTC(2023, 11, 8, 14, 30));
    expect(dayInstant(Date.UTC(2023, 11, 8, 23, 59))).toBe(Date.UTC(2023, 11, 8, 12));
  });
});

describe('wrapColumnLabel', () => {
  it('puts a title that fits one line above its bound', () => {
    expect(wrapColumnLabel('Joint statement', 'on or before 8 Dec 2023', 30)).toStrictEqual([
      'Joint statement',
      'on or before 8 Dec 2023',
    ]);
  });

  it('wraps a longer title onto the second line, ending with the bound', () => {
    expect(
      wrapColumnLabel('Six people arrested at the border', 'on or after 8 Dec 2023', 28),
    ).toStrictEqual(['Six people arrested at the…', 'on or after 8 Dec 2023']);
    expect(
      wrapColumnLabel('Six people arrested at the border', 'on or after 8 Dec 2023', 24),
    ).toStrictEqual(['Six people arrested at…', 'on or after 8 Dec 2023']);
  });
});

describe('claimedExtent', () => {
  it('claimedExtent of a bare glyph is its own width', () => {
    expect(claimedExtent(100, 10, null, null)).toStrictEqual([90, 110]);
  });

  it('claimedExtent includes a start-anchored label', () => {
    expect(
      claimedExtent(100, 10, { x: 116, anchor: 'start', text: 'abcd', lines: ['abcd'] }, null),
    ).toStrictEqual([90, 144]);
  });

  it('claimedExtent includes an end-anchored label', () => {
    expect(
      claimedExtent(100, 10, { x: 84, anchor: 'end', text: 'abcd', lines: ['abcd'] }, null),
    ).toStrictEqual([56, 110]);
  });

  it('claimedExtent of an open band reaches infinity on that side', () => {
    expect(
      claimedExtent(100, 10, null, { x0: 0, x1: 100, openStart: true, openEnd: false }),
    ).toStrictEqual([Number.NEGATIVE_INFINITY, 110]);
    expect(
      claimedExtent(100, 10, null, { x0: 100, x1: 500, openStart: false, openEnd: true }),
    ).toStrictEqual([90, Number.POSITIVE_INFINITY]);
    expect(
      claimedExtent(100, 10, null, { x0: 40, x1: 300, openStart: false, openEnd: false }),
    ).toStrictEqual([40, 300]);
  });
});

describe('layoutTimeline over arbitrary events', () => {
  it('layoutTimeline: rows stay clear and labels stay inside, for any events and width', () => {
    fc.assert(
      fc.property(
        eventsArb(40, fc.string({ minLength: 1, maxLength: 80 })),
        fc.integer({ min: 120, max: 1600 }),
        (events, width) => {
          const plotWidth = undatedColumn(events, width, BASE_METRICS)?.plotWidth ?? width;
          const x = scaleUtc()
            .domain([new Date(ARBITRARY_START), new Date(ARBITRARY_END)])
            .range([0, plotWidth]);
          const layout = layoutTimeline(events, x, { width, areaOf });
          const undated = events.filter((e) => !e.window.start || !e.window.end).length;
          const shown = layout.column?.groups.reduce((n, g) => n + g.rows, 0) ?? 0;
          expect(shown).toBeLessThanOrEqual(undated);
          expect(layout.marks).toHaveLength(events.length - undated + shown);
          expectRowsClear(layout);
          expectLabelsInside(layout, width);
          for (const mark of layout.marks) {
            if (mark.undated) {
              const group = layout.column?.groups.find((g) => g.kind === mark.event.kind);
              expect(mark.row).toBeLessThan(group?.rows ?? 0);
              expect(mark.cy).toBe(
                (group?.y ?? 0) + LANE_HEADER + mark.row * ROW_HEIGHT + ROW_HEIGHT / 2,
              );
              continue;
            }
            const lane = layout.lanes[layout.lanes.findIndex((l) => l.kind === mark.event.kind)];
            expect(lane).toBeDefined();
            if (!lane) continue;
            expect(mark.row).toBeLessThan(lane.rows);
            expect(mark.cy).toBe(lane.y + LANE_HEADER + mark.row * ROW_HEIGHT + ROW_HEIGHT / 2);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('layoutTimeline level of detail', () => {
  const many = (n: number): TimelineEvent[] => {
    const [first] = EVENTS;
    if (!first) throw new Error('no events');
    return Array.from({ length: n }, (_, i) => ({ ...first, id: `e-${i}` }));
  };

  it('layoutTimeline draws a lane over DENSITY_THRESHOLD events as a density strip', () => {
    const result = layoutTimeline(many(DENSITY_THRESHOLD + 1), scale(1000), {
      width: 1000,
      areaOf,
    });
    expect(result.marks).toHaveLength(0);
    const [lane] = result.lanes;
    expect(lane?.rows).toBe(0);
    expect(lane?.height).toBe(LANE_HEADER + DENSITY_HEIGHT);
    expect(lane?.density?.total).toBe(DENSITY_THRESHOLD + 1);
    expect(lane?.density?.max).toBe(DENSITY_THRESHOLD + 1);
    expect(lane?.density?.counts.length).toBe(Math.ceil(1000 / BIN_PX));
  });

  it('layoutTimeline keeps individual marks while they fit in MAX_ROWS rows', () => {
    const few = many(MAX_ROWS);
    const result = layoutTimeline(few, scale(1000), { width: 1000, areaOf });
    expect(result.marks).toHaveLength(MAX_ROWS);
    expect(result.lanes[0]?.density).toBeNull();
  });

  it('layoutTimeline draws the near marks and counts the windows reaching in when both do not fit', () => {
    const [first] = EVENTS;
    if (!first) throw new Error('no events');
    const dated = (id: string, date: string): TimelineEvent => {
      const window = parseEdtfWindow(date);
      if (typeof window === 'string') throw new Error(window);
      return { ...first, id, kind: 'capture', window };
    };
    const open = Array.from({ length: 20 }, (_, i) => dated(`open-${i}`, '2019/2023-12-08'));
    const days = ['2021-01-10', '2021-02-01', '2021-02-20'].map((d, i) => dated(`day-${i}`, d));
    const x = scaleUtc()
      .domain([new Date(Date.UTC(2021, 0, 1)), new Date(Date.UTC(2021, 2, 1))])
      .range([0, 1000]);
    const result = layoutTimeline([...days, ...open], x, { width: 1000, areaOf });
    expect(result.marks.map((m) => m.event.id)).toStrictEqual(['day-0', 'day-1', 'day-2']);
    expect(result.lanes).toHaveLength(1);
    expect(result.lanes[0]?.outside).toBe(20);
    expect(result.lanes[0]?.density).toBeNull();
    expect(result.lanes[0]?.rows).toBe(2); // the long labels need a second row
    // With only five reaching in, everything fits in MAX_ROWS rows and all of it is drawn.
    const fewer = layoutTimeline([...days, ...open.slice(0, 5)], x, { width: 1000, areaOf });
    expect(fewer.marks).toHaveLength(8);
    expect(fewer.lanes[0]?.outside).toBe(0);
  });

  it('layoutTimeline drops labels before it gives up on marks (compact lanes)', () => {
    const [first] = EVENTS;
    if (!first) throw new Error('no events');
    const events = Array.from({ length: 60 }, (_, i): TimelineEvent => {
      const day = new Date(Date.UTC(2021, 0, 1 + i)).toISOString().slice(0, 10);
      const window = parseEdtfWindow(day);
      if (typeof window === 'string') throw new Error(window);
      return { ...first, id: `day-${String(i).padStart(2, '0')}`, kind: 'capture', window };
    });
    const x = scaleUtc()
      .domain([new Date(Date.UTC(2021, 0, 1)), new Date(Date.UTC(2021, 2, 5))])
      .range([0, 1000]);
    const result = layoutTimeline(events, x, { width: 1000, areaOf });
    const [lane] = result.lanes;
    expect(lane?.compact).toBe(true);
    expect(lane?.density).toBeNull();
    expect(lane?.rows).toBe(ROWS_WHEN_COMPACT);
    expect(result.marks).toHaveLength(60);
    expect(result.marks.every((m) => m.label === null)).toBe(true);
    expectRowsClear(result);
  });

  it('layoutTimeline switches to density when marks would need more than MAX_ROWS rows', () => {
    const result = layoutTimeline(many(MAX_ROWS + 1), scale(1000), { width: 1000, areaOf });
    expect(result.marks).toHaveLength(0);
    expect(result.lanes[0]?.density?.total).toBe(MAX_ROWS + 1);
  });
});

describe('layoutTimeline level of detail, against the naive rule', () => {
  const OFFSCREEN_PX = 240;
  const crowdedArb = fc
    .tuple(eventsArb(120), fc.integer({ min: 0, max: 700 }), fc.constantFrom(...EVENT_KINDS))
    .map(([events, extra, kind]) => {
      const [first] = events;
      if (!first) return events;
      // Enough of one kind, at many dates, to cross DENSITY_THRESHOLD sometimes.
      const crowd = Array.from({ length: extra }, (_, i): TimelineEvent => {
        const source = events[i % events.length] ?? first;
        return { ...source, id: `crowd-${i}`, kind };
      });
      return [...events, ...crowd];
    });

  it('a lane is a density exactly when the naive count or rows say so, with the naive bins', () => {
    fc.assert(
      fc.property(
        crowdedArb,
        fc.integer({ min: 200, max: 1400 }),
        fc.integer({ min: -400, max: 1200 }),
        fc.integer({ min: 20, max: 1300 }),
        (events, width, fromDay, spanDays) => {
          const from = ARBITRARY_START + fromDay * DAY;
          const x = scaleUtc()
            .domain([new Date(from), new Date(from + spanDays * DAY)])
            .range([0, width]);
          const layout = layoutTimeline(events, x, { width, areaOf });
          const [d0, d1] = x.domain().map((d) => d.getTime());
          for (const lane of layout.lanes) {
            // Undated events are in the column, never on the time plot.
            const ofKind = events.filter(
              (e) => e.kind === lane.kind && e.window.start !== null && e.window.end !== null,
            );
            const cxs = ofKind.map((e) => x(anchorInstant(e.window)));
            const isNear = (i: number) => {
              const cx = cxs[i] ?? 0;
              return cx > -OFFSCREEN_PX && cx < (layout.column?.plotWidth ?? width) + OFFSCREEN_PX;
            };
            const near = ofKind.filter((_, i) => isNear(i));
            const reaching = ofKind.filter((e, i) => {
              const start = e.window.start?.at ?? Number.NEGATIVE_INFINITY;
              const end = e.window.end?.at ?? Number.POSITIVE_INFINITY;
              return !isNear(i) && start < (d1 ?? 0) && end > (d0 ?? 0);
            });
            const inView = ofKind.filter((e) => near.includes(e) || reaching.includes(e));
            const marks = layout.marks.filter((m) => m.event.kind === lane.kind && !m.undated);
            if (near.length > DENSITY_THRESHOLD) expect(lane.density).not.toBeNull();
            if (lane.density) {
              expect(marks).toHaveLength(0);
              expect(lane.outside).toBe(0);
              const naive = new Array<number>(Math.ceil(width / BIN_PX)).fill(0);
              const plotWidth = layout.column?.plotWidth ?? width;
              expect(lane.density.counts.length).toBe(Math.ceil(plotWidth / BIN_PX));
              naive.length = Math.ceil(plotWidth / BIN_PX);
              for (const cx of cxs) {
                if (!(cx >= 0 && cx < plotWidth)) continue;
                const bin = Math.floor(cx / BIN_PX);
                naive[bin] = (naive[bin] ?? 0) + 1;
              }
              expect(lane.density.counts).toStrictEqual(naive);
              expect(lane.density.total).toBe(naive.reduce((a, b) => a + b, 0));
              expect(lane.density.max).toBe(Math.max(...naive));
            } else {
              expect(lane.rows).toBeLessThanOrEqual(MAX_ROWS);
              const ids = marks.map((m) => m.event.id);
              if (lane.compact) expect(marks.every((m) => m.label === null)).toBe(true);
              if (lane.outside === 0) {
                // Everything in view is drawn, and that was few enough.
                expect(inView.length).toBeLessThanOrEqual(DENSITY_THRESHOLD);
                expect(ids).toStrictEqual(inView.map((e) => e.id));
              } else {
                // The near marks are drawn; the windows reaching in are counted, not drawn.
                expect(ids).toStrictEqual(near.map((e) => e.id));
                expect(lane.outside).toBe(reaching.length);
              }
            }
          }
          // Marks come back in the order of the events given.
          const order = new Map(events.map((e, i) => [e.id, i]));
          const positions = layout.marks.map((m) => order.get(m.event.id) ?? -1);
          expect(positions).toStrictEqual([...positions].sort((a, b) => a - b));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('layoutTimeline of the multi-source fixture (sources disagree)', () => {
  const fixture = loadMultiSource().events;
  const width = 800;
  const x = scaleUtc()
    .domain([new Date(Date.UTC(2019, 1, 1)), new Date(Date.UTC(2019, 6, 1))])
    .range([0, width]);
  const result = layoutTimeline(fixture, x, { width, areaOf: makeAreaScale(20) });

  it('gives the two disputed events a badge at the glyph’s upper right, the others none', () => {
    expect(
      Object.fromEntries(result.marks.map((m) => [m.event.id, [m.halfWidth, m.marker]])),
    ).toStrictEqual({
      'capture-korven-pass': [18.6, null],
      'sentence-korven-pass': [18.6, null],
      'release-korven-pass': [0.62 * Math.sqrt(540), { dx: 12.1, dy: -12.1, r: MARKER_RADIUS }],
      'held-korven-pass': [0.62 * Math.sqrt(360), { dx: 10.2, dy: -10.2, r: MARKER_RADIUS }],
    });
  });

  it('sets a disputed mark’s label clear of its badge, not just of its glyph', () => {
    const release = result.marks.find((m) => m.event.id === 'release-korven-pass');
    if (!release?.label || !release.marker) throw new Error('release is labelled and marked');
    // No room on the right at 800 px: the label ends left of the badge's reach (19.6 px), not
    // of the glyph's half-width (14.4 px).
    expect(release.label.anchor).toBe('end');
    expect(release.label.x).toBeCloseTo(release.cx - (12.1 + MARKER_RADIUS) - 6, 9);
  });

  it('markerOf is null for an event whose sources agree', () => {
    const capture = fixture.find((e) => e.id === 'capture-korven-pass');
    if (!capture) throw new Error('no capture');
    expect(markerOf(capture, 10)).toBeNull();
  });
});
