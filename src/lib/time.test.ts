import { describe, expect, it } from 'vitest';
import { roundToMinute } from './time';

describe('roundToMinute', () => {
  it('rounds to the nearest whole minute, half a minute up', () => {
    expect(roundToMinute(Date.UTC(2023, 11, 8, 6, 30, 29, 999))).toBe(Date.UTC(2023, 11, 8, 6, 30));
    expect(roundToMinute(Date.UTC(2023, 11, 8, 6, 30, 30))).toBe(Date.UTC(2023, 11, 8, 6, 31));
  });

  it('leaves a whole minute as it is, before 1970 too', () => {
    expect(roundToMinute(Date.UTC(1969, 0, 1, 12, 5))).toBe(Date.UTC(1969, 0, 1, 12, 5));
    expect(roundToMinute(-89_999)).toBe(-60_000);
  });
});
