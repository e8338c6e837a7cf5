import { describe, expect, it } from 'vitest';
import { parseEdtfWindow } from './edtf-window';
import type { TimeWindow } from './time-window';
import { describeUndated, isUndated, undatedBound } from './undated';

function window(edtf: string): TimeWindow {
  const parsed = parseEdtfWindow(edtf);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

describe('undated windows', () => {
  it('isUndated: no start or no end; a bounded window or a day is dated', () => {
    expect(isUndated(window('../2023-12-08'))).toBe(true);
    expect(isUndated(window('2023-12-08/..'))).toBe(true);
    expect(isUndated(window('2020-12?'))).toBe(false);
    expect(isUndated(window('2023-12-08'))).toBe(false);
    expect(isUndated(window('2020/2023-12-08'))).toBe(false);
  });

  it('undatedBound says the bound in the app’s short date words', () => {
    expect(undatedBound(window('../2023-12-08'))).toBe('on or before 8 Dec 2023');
    expect(undatedBound(window('2023-12-08/..'))).toBe('on or after 8 Dec 2023');
    expect(undatedBound(window('../2023-12'))).toBe('on or before Dec 2023');
    expect(undatedBound(window('../2023-12-08?'))).toBe('on or before 8 Dec 2023 (uncertain)');
    expect(undatedBound(window('2023-12-08'))).toBeNull();
  });

  it('describeUndated says it for a screen reader, in long words', () => {
    expect(describeUndated(window('../2023-12-08'))).toBe(
      'date not given; on or before 8 December 2023',
    );
    expect(describeUndated(window('2023-12-08/..'))).toBe(
      'date not given; on or after 8 December 2023',
    );
    expect(describeUndated(window('2020-12'))).toBeNull();
  });
});
