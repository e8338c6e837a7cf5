import { describe, expect, it } from 'vitest';
import { settledAt } from './settle';

describe('settledAt', () => {
  it('is `since` when nothing happens after it', () => {
    expect(settledAt([[100, 100]], 400, 1500, 2200)).toEqual({ at: 400, final: true });
  });

  it('is the last DOM change before a quiet window', () => {
    const changes = [500, 900, 2300].map((t) => [t, t] as const);
    // 900 → 2300 is 1400 ms: not quiet; after 2300 nothing for 1500 ms.
    expect(settledAt(changes, 400, 1500, 4000)).toEqual({ at: 2300, final: true });
  });

  it('stops at the first quiet window, whatever happens after it', () => {
    const changes = [500, 2100, 2200].map((t) => [t, t] as const);
    expect(settledAt(changes, 400, 1500, 5000)).toEqual({ at: 500, final: true });
  });

  it('counts a long task until its end, even one that started before `since`', () => {
    expect(settledAt([[300, 700]], 400, 1500, 3000)).toEqual({ at: 700, final: true });
    expect(
      settledAt(
        [
          [450, 450],
          [1900, 2000],
        ],
        400,
        1500,
        5000,
      ),
    ).toEqual({ at: 2000, final: true });
  });

  it('takes a change exactly at the end of the window as breaking it', () => {
    expect(
      settledAt(
        [
          [500, 500],
          [2000, 2000],
        ],
        400,
        1500,
        5000,
      ),
    ).toEqual({ at: 2000, final: true });
  });

  it('is not final until the window and a margin have passed', () => {
    expect(settledAt([[500, 500]], 400, 1500, 2100)).toEqual({ at: 500, final: false });
    expect(settledAt([[500, 500]], 400, 1500, 2200)).toEqual({ at: 500, final: true });
  });

  it('ignores activity that ended before `since`', () => {
    expect(
      settledAt(
        [
          [10, 60],
          [200, 200],
        ],
        400,
        1500,
        2100,
      ),
    ).toEqual({ at: 400, final: true });
  });
});
