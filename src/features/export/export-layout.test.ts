import { describe, expect, it } from 'vitest';
import { flowItems, textWidth, wrapText } from './export-layout';

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
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(50);
  });

  it('cuts a single word longer than the line', () => {
    expect(wrapText('Supercalifragilistic', 50, 13, 2)).toStrictEqual(['Superc…']);
  });
});

describe('flowItems', () => {
  const item = (text: string) => ({ swatch: 10, text, fontSize: 10 });

  it('places items left to right, wrapping to a new row at the right edge', () => {
    // Each item: 10 + 4 + 5.4 × 10 = 68 px, then a 14 px gap.
    const { placed, rows } = flowItems(
      [item('aaaaaaaaaa'), item('bbbbbbbbbb'), item('cccccccccc')],
      16,
      200,
    );
    expect(placed.map(({ x, row }) => [x, row])).toStrictEqual([
      [16, 0],
      [98, 0],
      [16, 1],
    ]);
    expect(rows).toBe(2);
  });

  it('never wraps the first item of a row, however wide', () => {
    const { placed, rows } = flowItems([item('x'.repeat(100))], 16, 100);
    expect(placed.map(({ x, row }) => [x, row])).toStrictEqual([[16, 0]]);
    expect(rows).toBe(1);
  });
});
