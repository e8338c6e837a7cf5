import { describe, expect, it } from 'vitest';
import { estimateWidth, flowItems, wrapText } from './export-layout';

describe('wrapText', () => {
  it('keeps a line that fits whole', () => {
    expect(wrapText('Source: Northwind Courier', 400, 13, 3)).toStrictEqual([
      'Source: Northwind Courier',
    ]);
  });

  it('wraps at word boundaries within the width (13 px: 7.02 px a character)', () => {
    // 100 px holds 14 characters.
    expect(wrapText('Sources: Northwind Courier; Harbor Rights Watch', 100, 13, 5)).toStrictEqual([
      'Sources:',
      'Northwind',
      'Courier;',
      'Harbor Rights',
      'Watch',
    ]);
  });

  it('cuts the last line with "…" past the line limit, and never exceeds the width', () => {
    const lines = wrapText('one two three four five six seven eight', 50, 13, 2);
    expect(lines).toStrictEqual(['one two', 'three…']);
    for (const line of lines) expect(estimateWidth(line, 13)).toBeLessThanOrEqual(50);
  });

  it('cuts a single word longer than the line', () => {
    expect(wrapText('Supercalifragilistic', 50, 13, 2)).toStrictEqual(['Superc…']);
  });

  it('measures with the font it is given: a wider font wraps sooner', () => {
    const wide = (text: string, size: number) => text.length * size * 0.7;
    // 80 px at 13 px: 11 characters estimated (7.02 px), 8 in the wider font (9.1 px).
    expect(wrapText('number not given', 80, 13, 3)).toStrictEqual(['number not', 'given']);
    expect(wrapText('number not given', 80, 13, 3, wide)).toStrictEqual(['number', 'not', 'given']);
  });

  it('sizes bold text wider (0.6 of the font size a character)', () => {
    expect(estimateWidth('Detainees', 20, true)).toBeCloseTo(108, 9);
    expect(estimateWidth('Detainees', 20)).toBeCloseTo(97.2, 9);
  });
});

describe('flowItems', () => {
  const item = (text: string) => ({ swatch: 10, text, fontSize: 10 });

  it('places items left to right, wrapping to a new row at the right edge', () => {
    // Each item: 10 + 4 + 5.4 × 10 = 68 px, then a 14 px gap; rows are 22 px.
    const { placed, height } = flowItems(
      [item('aaaaaaaaaa'), item('bbbbbbbbbb'), item('cccccccccc')],
      16,
      200,
    );
    expect(placed.map(({ x, y }) => [x, y])).toStrictEqual([
      [16, 11],
      [98, 11],
      [16, 33],
    ]);
    expect(placed.map((p) => p.width)).toStrictEqual([68, 68, 68]);
    expect(height).toBe(44);
  });

  it('wraps the text of an item wider than a row, so it never passes the right edge', () => {
    // Room for text: 100 − 16 − 14 = 70 px, 12 characters at 5.4 px.
    const { placed, height } = flowItems([item('number not given at all'), item('ok')], 16, 100);
    expect(placed.map(({ x, y, lines }) => [x, y, lines])).toStrictEqual([
      [16, 11, ['number not', 'given at all']],
      [16, 49, ['ok']],
    ]);
    // The first row holds a two-line item: 22 + 16 px.
    expect(height).toBe(60);
    for (const p of placed) expect(p.x + p.width).toBeLessThanOrEqual(100);
  });

  it('cuts a single word wider than a row with "…"', () => {
    const { placed } = flowItems([item('x'.repeat(100))], 16, 100);
    expect(placed.map(({ x, lines }) => [x, lines])).toStrictEqual([[16, [`${'x'.repeat(11)}…`]]]);
    expect(placed[0]?.width).toBeCloseTo(14 + 12 * 5.4, 9);
  });
});
