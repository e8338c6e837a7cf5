import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEdtfWindow, readCommonForm, readWithEdtfJs } from './edtf-window';
import { windowFixture } from '../test/window-fixture';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Dates in and around the common forms: month 00–14, day 00–32, any qualifier or none. */
const simpleDate = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 1990, max: 2030 }),
      fc.integer({ min: 0, max: 120 }),
    ),
    fc.option(fc.integer({ min: 0, max: 14 }), { nil: undefined }),
    fc.option(fc.integer({ min: 0, max: 32 }), { nil: undefined }),
    fc.constantFrom('', '?', '~', '%'),
  )
  .map(([year, month, day, mark]) => {
    let text = pad(year, 4);
    if (month !== undefined) {
      text += `-${pad(month, 2)}`;
      if (day !== undefined) text += `-${pad(day, 2)}`;
    }
    return text + mark;
  });

const bound = fc.oneof({ weight: 4, arbitrary: simpleDate }, fc.constantFrom('..', ''));
const edtfText = fc.oneof(
  simpleDate,
  fc.tuple(bound, bound).map(([a, b]) => `${a}/${b}`),
  // Near misses that must fall through to edtf.js: time, signs, unspecified digits, spaces.
  fc
    .tuple(simpleDate, fc.constantFrom('T00:00:00Z', 'T02:30:00', 'T02:30', 'X', ' ', '-', '/'))
    .map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom('-', 'Y', '+', ' '), simpleDate).map(([a, b]) => a + b),
);

describe('readCommonForm (fast path) against edtf.js', () => {
  it('gives exactly the edtf.js window whenever it answers', () => {
    fc.assert(
      fc.property(edtfText, (text) => {
        const fast = readCommonForm(text);
        if (fast === null) return;
        expect(fast).toStrictEqual(readWithEdtfJs(text));
      }),
      { numRuns: 20_000 },
    );
    // Seconds of edtf.js parsing: generous for a loaded CI machine.
  }, 30_000);

  it('answers for every well-formed date and interval of the common forms', () => {
    const valid = fc
      .tuple(
        fc.integer({ min: 1000, max: 2999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom('', '?', '~', '%'),
      )
      .map(([y, m, d, mark]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}${mark}`);
    fc.assert(
      fc.property(valid, fc.constantFrom('', '../', '/..'), (date, form) => {
        const text = form === '../' ? `../${date}` : form === '/..' ? `${date}/..` : date;
        expect(readCommonForm(text)).not.toBeNull();
      }),
    );
  });

  it('parseEdtfWindow gives the same answer as edtf.js for every generated string', () => {
    fc.assert(
      fc.property(edtfText, (text) => {
        expect(parseEdtfWindow(text)).toStrictEqual(readWithEdtfJs(text));
      }),
      { numRuns: 5_000 },
    );
  }, 30_000);
});

describe('parseEdtfWindow never moves a day', () => {
  it('a day it accepts starts on that very day (29 February 2023 is not 1 March)', () => {
    const day = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
      )
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    fc.assert(
      fc.property(day, (text) => {
        const span = parseEdtfWindow(text);
        if (typeof span === 'string') return;
        expect(new Date(span.start?.at ?? Number.NaN).toISOString().slice(0, 10)).toBe(text);
      }),
      { numRuns: 5_000, examples: [['2023-02-29'], ['1900-02-29'], ['0000-02-29']] },
    );
  });
});

describe('readCommonForm exact values', () => {
  it("readCommonForm('1000-03') starts on 1 March 1000", () => {
    expect(readCommonForm('1000-03')?.start?.at).toBe(Date.UTC(1000, 2, 1));
  });

  it("readCommonForm('2024-02-29%') is one uncertain and approximate leap day", () => {
    expect(readCommonForm('2024-02-29%')).toStrictEqual(
      windowFixture('2024-02-29%', [Date.UTC(2024, 1, 29), 'day'], [Date.UTC(2024, 2, 1), 'day'], {
        uncertain: true,
        approximate: true,
      }),
    );
  });

  it("readCommonForm('2020-12?/..') opens to the future and keeps the lower bound's flag", () => {
    expect(readCommonForm('2020-12?/..')).toStrictEqual(
      windowFixture('2020-12?/..', [Date.UTC(2020, 11, 1), 'month'], null, {
        isInterval: true,
        uncertain: true,
      }),
    );
  });

  it("readCommonForm('../2023-12-08') ends after 8 December 2023", () => {
    expect(readCommonForm('../2023-12-08')).toStrictEqual(
      windowFixture('../2023-12-08', null, [Date.UTC(2023, 11, 9), 'day'], { isInterval: true }),
    );
  });

  it('readCommonForm leaves to edtf.js what it must word or roll over itself', () => {
    for (const text of [
      '2023-02-30',
      '2020-21',
      '../..',
      '/2023',
      '2023/2020',
      '2023/2023',
      '2020-00',
    ])
      expect(readCommonForm(text)).toBeNull();
  });
});
