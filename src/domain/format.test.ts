import { utcFormat } from 'd3-time-format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEdtfWindow } from './edtf-window';
import type { TimeWindow } from './time-window';
import {
  countOf,
  formatSpan,
  groupThousands,
  spanDays,
  formatCount,
  formatDay,
  formatPeople,
  formatWindowLong,
  formatWindowShort,
} from './format';
import type { People, QualifiedCount } from './types';

function windowOf(text: string): TimeWindow {
  const result = parseEdtfWindow(text);
  if (typeof result === 'string') throw new Error(`expected a window for ${text}, got: ${result}`);
  return result;
}

const OPEN_BOTH: TimeWindow = {
  edtf: '../..',
  start: null,
  end: null,
  isInterval: true,
  uncertain: false,
  approximate: false,
};

describe('formatWindowLong and formatWindowShort', () => {
  it.each([
    ['2020-12', 'December 2020', 'Dec 2020'],
    ['2023-12-08', '8 December 2023', '8 Dec 2023'],
    ['2020', '2020', '2020'],
    ['2020-12?', 'December 2020 (uncertain)', 'Dec 2020 (uncertain)'],
    ['2020-12~', 'about December 2020', '~Dec 2020'],
    ['2020-12%', 'about December 2020 (uncertain)', '~Dec 2020 (uncertain)'],
    ['../2023-12-08', 'date not given (on or before 8 December 2023)', '≤ 8 Dec 2023'],
    ['2023-12-08/..', 'date not given (on or after 8 December 2023)', '≥ 8 Dec 2023'],
    ['2020-12/2023-12', 'between December 2020 and December 2023', 'Dec 2020 – Dec 2023'],
    [
      '2020-12-08?/2021',
      'between 8 December 2020 and 2021 (uncertain)',
      '8 Dec 2020 – 2021 (uncertain)',
    ],
    ['199X', 'between 1990 and 1999', '1990 – 1999'],
    ['2020-12-08T10:00:00Z', '8 December 2020, 10:00 UTC', '8 Dec 2020 10:00'],
  ])('%j reads %j in full and %j in short', (text, long, short) => {
    expect(formatWindowLong(windowOf(text))).toBe(long);
    expect(formatWindowShort(windowOf(text))).toBe(short);
  });

  it('a window open at both ends is "date not given", in full and in short', () => {
    expect(formatWindowLong(OPEN_BOTH)).toBe('date not given');
    expect(formatWindowShort(OPEN_BOTH)).toBe('date not given');
  });
});

function count(
  qualifier: QualifiedCount['qualifier'],
  value: number | null,
  min: number | null = null,
  max: number | null = null,
): QualifiedCount {
  return { qualifier, value, min, max };
}

describe('formatCount', () => {
  it.each([
    [count('exact', 32), '', '32'],
    [count('exact', 32), 'people', '32 people'],
    [count('exact', null), '', '?'],
    [count('exact', 32, 30, 35), '', '32 (between 30 and 35)'],
    [count('at-least', 32), '', 'at least 32'],
    [count('at-least', 32), 'people', 'at least 32 people'],
    [count('at-least', 32, 32, null), '', 'at least 32 (between 32 and ?)'],
    [count('up-to', 6), 'years', 'up to 6 years'],
    [count('up-to', 6, null, 6), 'years', 'up to 6 years (between ? and 6)'],
    [count('some', null), '', 'some (number not given)'],
    [count('some', null), 'people', 'some people (number not given)'],
    [count('some', null, 2, 10), 'people', 'some people (number not given) (between 2 and 10)'],
    [count('unknown', null), '', 'number not given'],
    [count('unknown', null), 'people', 'number not given'],
    [count('unknown', null, 10, 20), '', 'number not given (between 10 and 20)'],
  ])('formatCount(%j, %j) is %j', (value, unit, expected) => {
    expect(formatCount(value, unit)).toBe(expected);
  });

  it('formatCount without a unit argument adds no unit', () => {
    expect(formatCount(count('exact', 2))).toBe('2');
  });
});

function people(
  qualifier: QualifiedCount['qualifier'],
  value: number | null,
  heldBy: string,
  nationality: string,
): People {
  return { qualifier, value, min: null, max: null, heldBy, nationality };
}

describe('formatPeople', () => {
  it.each([
    [people('exact', 32, 'Azerbaijan', 'Armenian'), '32 Armenian people · held by Azerbaijan'],
    [people('exact', 2, 'Armenia', 'Azerbaijani'), '2 Azerbaijani people · held by Armenia'],
    [people('exact', 6, 'unknown', 'unknown'), '6 people · holder not given'],
    [
      people('some', null, 'Azerbaijan', 'Armenian'),
      'some Armenian people (number not given) · held by Azerbaijan',
    ],
    [people('unknown', null, 'Azerbaijan', 'Armenian'), 'number not given · held by Azerbaijan'],
    [people('at-least', 41, 'Azerbaijan', 'unknown'), 'at least 41 people · held by Azerbaijan'],
  ])('formatPeople(%j) is %j', (value, expected) => {
    expect(formatPeople(value)).toBe(expected);
  });
});

describe('formatDay', () => {
  it.each([
    ['2023-12-08', '8 December 2023'],
    ['2026-11-28', '28 November 2026'],
    ['2020-01-01', '1 January 2020'],
  ])('formatDay(%j) is %j', (day, expected) => {
    expect(formatDay(day)).toBe(expected);
  });
});

describe('groupThousands', () => {
  it("groupThousands(100000) is '100,000'; 999 and 0 stay as they are", () => {
    expect(groupThousands(100_000)).toBe('100,000');
    expect(groupThousands(1_234_567)).toBe('1,234,567');
    expect(groupThousands(999)).toBe('999');
    expect(groupThousands(0)).toBe('0');
    expect(groupThousands(-4321)).toBe('-4,321');
  });

  it("groupThousands(n) is n.toLocaleString('en') for any whole number", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        expect(groupThousands(n)).toBe(n.toLocaleString('en'));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('countOf: a count with its noun in the right number', () => {
  it.each([
    [0, 'event', undefined, '0 events'],
    [1, 'event', undefined, '1 event'],
    [2, 'event', undefined, '2 events'],
    [1, 'person', 'people', '1 person'],
    [26, 'person', 'people', '26 people'],
    [100_000, 'event', undefined, '100,000 events'],
  ] as const)('countOf(%d, %s, %s) is %j', (n, singular, plural, expected) => {
    expect(countOf(n, singular, plural)).toBe(expected);
  });
});

describe('no short date uses "?", which on the chart means "number not given"', () => {
  it.each(['2020-12?', '2020-12%', '2020-12-08?/2021', '2020-12~', '../2023-12-08'])('%s', (t) => {
    expect(formatWindowShort(windowOf(t))).not.toContain('?');
  });
});

describe('formatSpan and spanDays: the same days for the "Visible:" line and the From/To fields', () => {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  it('names the last day inside an exclusive end, in days under three months', () => {
    expect(formatSpan(day('2023-12-01'), day('2023-12-09'))).toBe('1 Dec 2023 – 8 Dec 2023');
    expect(spanDays(day('2023-12-01'), day('2023-12-09'))).toEqual(['2023-12-01', '2023-12-08']);
  });
  it('names months for a long span, the end month being that of the last day inside', () => {
    expect(formatSpan(day('2020-09-04'), day('2024-02-01'))).toBe('Sep 2020 – Jan 2024');
    expect(spanDays(day('2020-09-04'), day('2024-02-01'))).toEqual(['2020-09-04', '2024-01-31']);
  });
  it('the fields and the words always agree on the first and last day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: day('1990-01-01'), max: day('2030-01-01') }),
        fc.integer({ min: 60_000, max: 3000 * 86_400_000 }),
        (from, length) => {
          const days = spanDays(from, from + length);
          const format = utcFormat(length > 90 * 86_400_000 ? '%b %Y' : '%-d %b %Y');
          const expected = days.map((iso) => format(new Date(`${iso}T00:00:00Z`))).join(' – ');
          expect(formatSpan(from, from + length)).toBe(expected);
        },
      ),
    );
  });
});
