import { describe, expect, it } from 'vitest';
import { oneLineColumnLabel } from './undated-column';

describe('oneLineColumnLabel', () => {
  it('gives the title and the bound when both fit', () => {
    expect(oneLineColumnLabel('Joint statement', 'on or before 8 Dec 2023', 60)).toBe(
      'Joint statement · on or before 8 Dec 2023',
    );
  });

  it('gives the whole title alone when the bound would not fit beside it', () => {
    expect(
      oneLineColumnLabel('Six people arrested at the border', 'on or before 8 Dec 2023', 37),
    ).toBe('Six people arrested at the border');
  });

  it('shortens a title longer than the line, with no bound', () => {
    expect(
      oneLineColumnLabel(
        '64 reservists captured at Hin Tagher and Khtsaberd',
        'on or before 8 Dec 2023',
        37,
      ),
    ).toBe('64 reservists captured at Hin Tagher…');
  });

  it('a title with no bound is the title, shortened to the line', () => {
    expect(oneLineColumnLabel('Six people arrested at the border', null, 12)).toBe('Six people…');
  });
});
