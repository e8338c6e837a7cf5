import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
// The real files, read as text (src/ is typed without Node, so no node:fs here).
import articleText from '../../../data/article.txt?raw';
import timelineText from '../../../data/timeline.json?raw';
import { parseDataset } from '../../data/parse-dataset';
import { makeAreaScale } from '../../lib/scales';
import { layoutTimeline } from './layout';
import { cohortThreads, countText } from './threads';

function dataset() {
  const outcome = parseDataset(JSON.parse(timelineText), articleText);
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.dataset;
}

const { events, cohorts } = dataset();
// As layout.test.ts: a 1,000 px chart, the column 420 px, the plot the 564 px left of it.
const x = scaleUtc()
  .domain([new Date(Date.UTC(2020, 8, 1)), new Date(Date.UTC(2024, 2, 1))])
  .range([0, 564]);
const layout = layoutTimeline(events, x, { width: 1000, areaOf: makeAreaScale(64) });
const reservists = cohorts.filter((c) => c.id === 'reservists-hin-tagher-khtsaberd');
const [thread] = cohortThreads(layout, reservists, 564);
const hadrutX = x(Date.UTC(2020, 11, 16, 12));
const heldX = x(Date.UTC(2023, 11, 8, 12));

describe('cohortThreads over the real dataset (the 64 reservists)', () => {
  it('joins the cohort’s linked events, across lanes and into the column, by basis', () => {
    expect(thread?.cohortId).toBe('reservists-hin-tagher-khtsaberd');
    expect(thread?.segments).toStrictEqual([
      {
        from: 'capture-near-hadrut-2020-12',
        to: 'capture-hin-tagher-khtsaberd-64',
        x1: hadrutX,
        y1: 44,
        x2: 613.6,
        y2: 88,
        basis: 'inference',
      },
      {
        from: 'capture-hin-tagher-khtsaberd-64',
        to: 'release-some-reservists',
        x1: 613.6,
        y1: 88,
        x2: 613.6,
        y2: 280,
        basis: 'quote',
      },
      {
        from: 'capture-hin-tagher-khtsaberd-64',
        to: 'sentence-reservists-up-to-six-years',
        x1: 613.6,
        y1: 88,
        x2: 613.6,
        y2: 206,
        basis: 'quote',
      },
      {
        from: 'sentence-reservists-up-to-six-years',
        to: 'held-reservists-26',
        x1: 613.6,
        y1: 206,
        x2: heldX,
        y2: 486,
        basis: 'quote',
      },
    ]);
    expect(Math.round(hadrutX * 1000)).toBe(47037);
    expect(Math.round(heldX * 1000)).toBe(527121);
  });

  it('shows each step’s count as its source gives it, never derived: ?, 64, some, 26, 26', () => {
    expect(thread?.counts.map((c) => [c.eventId, c.text])).toStrictEqual([
      ['capture-near-hadrut-2020-12', '?'],
      ['capture-hin-tagher-khtsaberd-64', '64'],
      ['release-some-reservists', 'some'],
      ['sentence-reservists-up-to-six-years', '26'],
      ['held-reservists-26', '26'],
    ]);
    // Just above the glyph: 88 − 18.6 (half the 900 px² triangle) − 5.
    const big = thread?.counts.find((c) => c.eventId === 'capture-hin-tagher-khtsaberd-64');
    expect(big?.x).toBe(613.6);
    expect(big?.y).toBeCloseTo(64.4, 9);
  });

  it('puts the note marker of a cohort with notes on its first link, 12 px below it', () => {
    expect(thread?.note?.x).toBeCloseTo((hadrutX + 613.6) / 2, 9);
    expect(thread?.note?.y).toBe(78);
    expect(thread?.note?.notes).toHaveLength(2);
  });

  it('leaves out links to events not drawn (zoomed away from the plot)', () => {
    const [narrow] = cohortThreads(
      layoutTimeline(
        events,
        scaleUtc()
          .domain([new Date(Date.UTC(2023, 10, 15)), new Date(Date.UTC(2023, 11, 31))])
          .range([0, 564]),
        { width: 1000, areaOf: makeAreaScale(64) },
      ),
      reservists,
      564,
    );
    expect(narrow?.segments.map((s) => s.basis)).toStrictEqual(['quote', 'quote', 'quote']);
    expect(narrow?.note?.y).toBe((88 + 280) / 2 + 12);
  });

  it('countText: at least, up to, some and no number', () => {
    const count = (
      qualifier: 'exact' | 'at-least' | 'up-to' | 'some' | 'unknown',
      value: number | null,
    ) => countText({ qualifier, value, min: null, max: null });
    expect(count('at-least', 50)).toBe('at least 50');
    expect(count('up-to', 6)).toBe('up to 6');
    expect(count('some', null)).toBe('some');
    expect(count('unknown', null)).toBe('?');
    expect(count('exact', null)).toBe('?');
  });
});
