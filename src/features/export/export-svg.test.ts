import { describe, expect, it } from 'vitest';
import { COHORT_KEY, DISPUTE_KEY } from '../../domain/describe-event';
import { EVENT_KINDS } from '../../domain/kinds';
import { layoutExport, legendItems } from './export-svg';

const NONE = { disputed: false, cohort: false, undated: false };
const ALL = { disputed: true, cohort: true, undated: true };

describe('legendItems', () => {
  it('lists the kinds shown and the encodings, without badge or ring when none is drawn', () => {
    expect(legendItems(['release', 'capture'], NONE).map((i) => i.text)).toStrictEqual([
      'Captures & arrests',
      'Releases',
      'area = number of people',
      'number not given',
      'band = window the date allows',
    ]);
  });

  it('explains open dates, the "≠" badge and the cohort ring when the chart draws them', () => {
    const items = legendItems(['release'], ALL);
    expect(items.slice(-3).map((i) => i.text)).toStrictEqual([
      'Date not given: the sources give only a limit, on or before (or after) the day named',
      `≠ = ${DISPUTE_KEY}`,
      COHORT_KEY,
    ]);
    expect(items.at(-2)?.draw).toContain('>≠</text>');
    expect(items.at(-1)?.draw).toContain('stroke-dasharray="4 3"');
    expect(items.find((i) => i.text === 'number not given')?.draw).toContain('>?</text>');
  });
});

const META = {
  title: 'Detainees: captures, sentences and releases',
  sourceLine:
    'Source: Western Armenia, “Azerbaijan Releases 32 Armenian Soldiers”, 8 December 2023',
  filters: 'No filters',
  derivedLine: 'custody-timeline · 11 of 11 events shown · dataset derived 29 November 2026',
};

/** A font wider than the estimate (0.62 px per px against 0.54), as DejaVu Sans is. */
const wide = (text: string, size: number, bold = false) =>
  text.length * size * (bold ? 0.68 : 0.62);

describe('layoutExport', () => {
  it('keeps every key of the legend within the image, in the font it is drawn in', () => {
    const items = legendItems(EVENT_KINDS, ALL);
    for (const width of [360, 640, 905, 1248]) {
      const layout = layoutExport(META, items, width, 500, wide);
      expect(layout.legend).toHaveLength(items.length);
      for (const { x, width: w, lines, item } of layout.legend) {
        expect(x).toBeGreaterThanOrEqual(16);
        expect(x + w, `${item.text} at ${width}`).toBeLessThanOrEqual(width - 16);
        // Nothing is cut: every word of every key is in the image.
        expect(lines.join(' ')).toBe(item.text);
      }
    }
  });

  it('places header, legend, chart and footer at exact offsets (estimated font)', () => {
    const items = legendItems(['capture', 'release'], NONE);
    const layout = layoutExport(META, items, 400, 300);
    // 368 px inside the margins: 30 bold characters at 20 px (12 px each), 52 at 13 px.
    expect(layout.title).toStrictEqual(['Detainees: captures, sentences', 'and releases']);
    expect(layout.sources).toStrictEqual([
      'Source: Western Armenia, “Azerbaijan Releases 32',
      'Armenian Soldiers”, 8 December 2023',
    ]);
    expect(layout.filters).toStrictEqual(['No filters']);
    // Title lines at 28 and 52; sources from 74 (18 apart); the filter line at 110.
    expect([layout.sourceTop, layout.filterTop, layout.legendTop]).toStrictEqual([74, 110, 122]);
    // "Captures & arrests": 14 + 4 + 18 × 7.02 = 144.36 px, then a 14 px gap; "area = …"
    // (179.04 px) does not fit after "Releases" within 384, nor "band = …" after "number …".
    expect(layout.legend.map(({ x, y }) => [Math.round(x * 100) / 100, y])).toStrictEqual([
      [16, 11],
      [174.36, 11],
      [16, 33],
      [209.04, 33],
      [16, 55],
    ]);
    // Three legend rows (66 px), 6 px to the chart, the chart, the footer line.
    expect(layout.chartY).toBe(194);
    expect(layout.footer).toStrictEqual([
      'custody-timeline · 11 of 11 events shown · dataset',
      'derived 29 November 2026',
    ]);
    expect(layout.footerTop).toBe(511);
    expect(layout.height).toBe(536);
  });
});
