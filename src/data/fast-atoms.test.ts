import { describe, expect, it } from 'vitest';
import { isPlainDay } from './fast-atoms';
import { PLAIN_DAY } from './dataset-schema';

describe('the fast atoms give the schema’s answers', () => {
  it('isPlainDay agrees with z.iso.date() on every day of 1899–2101 and on near misses', () => {
    const differ: string[] = [];
    const check = (text: string) => {
      if (isPlainDay(text) !== PLAIN_DAY.safeParse(text).success) differ.push(text);
    };
    for (let year = 1899; year <= 2101; year++) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const pad = (n: number) => String(n).padStart(2, '0');
          check(`${year}-${pad(month)}-${pad(day)}`);
        }
      }
    }
    for (const text of ['2000-02-29', '1900-02-29', '0000-02-29', '2024-1-01', ' 2024-01-01']) {
      check(text);
    }
    expect(differ).toStrictEqual([]);
  });
});
