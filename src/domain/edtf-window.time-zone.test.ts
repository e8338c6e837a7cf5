import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readWithEdtfJs } from './edtf-window';

// The unit suite runs with TZ=UTC, where local and UTC readings agree; this file moves the
// process to Tokyo (UTC+9, no daylight saving) so that a local reading would show. Node applies
// a change of TZ to every Date from then on.
beforeAll(() => {
  vi.stubEnv('TZ', 'Asia/Tokyo');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

/** 2023-12-08T02:30:00Z, as a number, so the expectation does not depend on any time zone. */
const DEC_8_0230_UTC = 1_702_002_600_000;

describe('times without an offset, read in Tokyo', () => {
  it('the process really is in Tokyo (local 02:30 is UTC 17:30 the day before)', () => {
    expect(new Date(2023, 11, 8, 2, 30).getTime()).toBe(DEC_8_0230_UTC - 9 * 3_600_000);
  });

  it("readWithEdtfJs('2023-12-08T02:30:00') starts at 02:30 UTC, not 17:30 the day before", () => {
    expect(readWithEdtfJs('2023-12-08T02:30:00')).toStrictEqual({
      edtf: '2023-12-08T02:30:00',
      start: { at: DEC_8_0230_UTC, precision: 'time' },
      end: { at: DEC_8_0230_UTC + 1, precision: 'time' },
      isInterval: false,
      uncertain: false,
      approximate: false,
    });
  });

  it("readWithEdtfJs('2023-12-08T02:30/..') opens at 02:30 UTC", () => {
    const span = readWithEdtfJs('2023-12-08T02:30/..');
    expect(typeof span === 'string' ? span : span.start).toStrictEqual({
      at: DEC_8_0230_UTC,
      precision: 'time',
    });
  });

  it('a time with an offset keeps it: 02:30+04:00 is 22:30 UTC the day before', () => {
    const span = readWithEdtfJs('2023-12-08T02:30:00+04:00');
    expect(typeof span === 'string' ? span : span.start?.at).toBe(DEC_8_0230_UTC - 4 * 3_600_000);
  });

  it('a day is the same UTC day in Tokyo', () => {
    const span = readWithEdtfJs('2023-12-08');
    expect(typeof span === 'string' ? span : [span.start?.at, span.end?.at]).toStrictEqual([
      1_701_993_600_000, 1_702_080_000_000,
    ]);
  });
});
