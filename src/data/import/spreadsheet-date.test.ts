import { describe, expect, it } from 'vitest';
import { readSpreadsheetDate } from './spreadsheet-date';

describe('readSpreadsheetDate', () => {
  it.each([
    ['2023-12-08', '2023-12-08'],
    ['8 Dec 2023', '2023-12-08'],
    ['8 December 2023', '2023-12-08'],
    ['December 8, 2023', '2023-12-08'],
    ['Dec. 8, 2023', '2023-12-08'],
    ['December 2020', '2020-12'],
    ['Sept 2020', '2020-09'],
    ['2020', '2020'],
    ['2020-12?', '2020-12?'],
    ['../2023-12-08', '../2023-12-08'],
    ['by 8 Dec 2023', '../2023-12-08'],
    ['on or before 8 Dec 2023', '../2023-12-08'],
    ['before 8 Dec 2023', '../2023-12-07'],
    ['before 1 Jan 2024', '../2023-12-31'],
    ['before December 2020', '../2020-11'],
    ['before January 2020', '../2019-12'],
    ['after 8 Dec 2023', '2023-12-09/..'],
    ['after December 2023', '2024-01/..'],
    ['since 8 Dec 2023', '2023-12-08/..'],
    ['8 Dec 2023 – 10 Jan 2024', '2023-12-08/2024-01-10'],
    ['between December 2020 and March 2021', '2020-12/2021-03'],
  ])('"%s" is %s', (typed, edtf) => {
    expect(readSpreadsheetDate(typed)).toStrictEqual({ ok: true, edtf });
  });

  it.each(['Smarch 2023', '31 Feb 2023', 'yesterday', '10 Jan 2024 – 8 Dec 2023'])(
    '"%s" is refused with examples, never guessed',
    (typed) => {
      const read = readSpreadsheetDate(typed);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.problem).toContain(`"${typed}" is not a date this reads`);
    },
  );
});
