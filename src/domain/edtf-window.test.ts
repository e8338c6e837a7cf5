import { describe, expect, it } from 'vitest';
import { describeEdtfProblem, parseEdtfWindow } from './edtf-window';
import { anchorInstant } from './time-window';
import type { TimeWindow } from './time-window';
import { windowFixture } from '../test/window-fixture';

const EXAMPLES = '"2020-12", "2023-12-08", "2020-12?", "2020-12/2023-12" or "../2023-12-08"';

function windowOf(text: string): TimeWindow {
  const result = parseEdtfWindow(text);
  if (typeof result === 'string') throw new Error(`expected a window for ${text}, got: ${result}`);
  return result;
}

describe('parseEdtfWindow', () => {
  it("parseEdtfWindow('2020-12') spans the whole month, end exclusive", () => {
    expect(windowOf('2020-12')).toStrictEqual(
      windowFixture('2020-12', [Date.UTC(2020, 11, 1), 'month'], [Date.UTC(2021, 0, 1), 'month']),
    );
  });

  it("parseEdtfWindow('2023-12-08') spans one day", () => {
    expect(windowOf('2023-12-08')).toStrictEqual(
      windowFixture('2023-12-08', [Date.UTC(2023, 11, 8), 'day'], [Date.UTC(2023, 11, 9), 'day']),
    );
  });

  it("parseEdtfWindow('2020') spans one year", () => {
    expect(windowOf('2020')).toStrictEqual(
      windowFixture('2020', [Date.UTC(2020, 0, 1), 'year'], [Date.UTC(2021, 0, 1), 'year']),
    );
  });

  it("parseEdtfWindow('2020-12?') is uncertain, not approximate, with the same edges", () => {
    expect(windowOf('2020-12?')).toStrictEqual(
      windowFixture('2020-12?', [Date.UTC(2020, 11, 1), 'month'], [Date.UTC(2021, 0, 1), 'month'], {
        uncertain: true,
      }),
    );
  });

  it("parseEdtfWindow('2020-12~') is approximate, not uncertain", () => {
    const span = windowOf('2020-12~');
    expect(span.uncertain).toBe(false);
    expect(span.approximate).toBe(true);
    expect(span.start).toStrictEqual({ at: Date.UTC(2020, 11, 1), precision: 'month' });
    expect(span.end).toStrictEqual({ at: Date.UTC(2021, 0, 1), precision: 'month' });
  });

  it("parseEdtfWindow('2020-12%') is both uncertain and approximate", () => {
    const span = windowOf('2020-12%');
    expect(span.uncertain).toBe(true);
    expect(span.approximate).toBe(true);
  });

  it("parseEdtfWindow('../2023-12-08') is open at the start", () => {
    expect(windowOf('../2023-12-08')).toStrictEqual(
      windowFixture('../2023-12-08', null, [Date.UTC(2023, 11, 9), 'day'], { isInterval: true }),
    );
  });

  it("parseEdtfWindow('2023-12-08/..') is open at the end", () => {
    expect(windowOf('2023-12-08/..')).toStrictEqual(
      windowFixture('2023-12-08/..', [Date.UTC(2023, 11, 8), 'day'], null, { isInterval: true }),
    );
  });

  it("parseEdtfWindow('2020-12/2023-12') runs from the first to the end of the last month", () => {
    expect(windowOf('2020-12/2023-12')).toStrictEqual(
      windowFixture(
        '2020-12/2023-12',
        [Date.UTC(2020, 11, 1), 'month'],
        [Date.UTC(2024, 0, 1), 'month'],
        { isInterval: true },
      ),
    );
  });

  it("parseEdtfWindow('2020-12-08?/2021') takes each bound's precision and the uncertainty", () => {
    expect(windowOf('2020-12-08?/2021')).toStrictEqual(
      windowFixture(
        '2020-12-08?/2021',
        [Date.UTC(2020, 11, 8), 'day'],
        [Date.UTC(2022, 0, 1), 'year'],
        { isInterval: true, uncertain: true },
      ),
    );
  });

  it("parseEdtfWindow('199X') spans the decade at year precision", () => {
    const span = windowOf('199X');
    expect(span.start).toStrictEqual({ at: Date.UTC(1990, 0, 1), precision: 'year' });
    expect(span.end).toStrictEqual({ at: Date.UTC(2000, 0, 1), precision: 'year' });
    expect(span.isInterval).toBe(false);
  });

  it("parseEdtfWindow('2020-12-08T10:00:00Z') is a one-millisecond window at time precision", () => {
    const span = windowOf('2020-12-08T10:00:00Z');
    expect(span.start).toStrictEqual({ at: Date.UTC(2020, 11, 8, 10), precision: 'time' });
    expect(span.end).toStrictEqual({ at: Date.UTC(2020, 11, 8, 10) + 1, precision: 'time' });
  });

  it("parseEdtfWindow('0000') is year 0 (1 BCE), exactly", () => {
    // Date.UTC maps years 0–99 to 1900–1999, so year 0 is written as ISO text.
    const span = windowOf('0000');
    expect(span.start).toStrictEqual({ at: -62_167_219_200_000, precision: 'year' });
    expect(span.end).toStrictEqual({ at: -62_135_596_800_000, precision: 'year' });
    expect(span.start?.at).toBe(Date.parse('0000-01-01T00:00:00.000Z'));
    expect(span.end?.at).toBe(Date.parse('0001-01-01T00:00:00.000Z'));
  });

  it("parseEdtfWindow('9999') ends at the start of year 10000, exactly", () => {
    const span = windowOf('9999');
    expect(span.start).toStrictEqual({ at: Date.UTC(9999, 0, 1), precision: 'year' });
    expect(span.end).toStrictEqual({ at: 253_402_300_800_000, precision: 'year' });
    expect(span.end?.at).toBe(Date.parse('+010000-01-01T00:00:00.000Z'));
  });

  it.each(['xyz', '2020-13', '', '2023-12-08T25:00:00Z'])(
    'parseEdtfWindow(%j) is not a valid EDTF date',
    (text) => {
      expect(parseEdtfWindow(text)).toBe(
        `"${text}" is not a valid EDTF date; use e.g. ${EXAMPLES}`,
      );
    },
  );

  it.each(['/2023', '2023/'])('parseEdtfWindow(%j) has an unknown bound', (text) => {
    expect(parseEdtfWindow(text)).toBe(
      `"${text}" has an unknown interval bound; write ".." for an open bound, e.g. "../2023-12-08"`,
    );
  });

  it("parseEdtfWindow('../..') is refused as open at both ends", () => {
    expect(parseEdtfWindow('../..')).toBe(
      '"../.." is open at both ends and allows any date at all',
    );
  });

  it.each(['[2020,2021]', '{2020,2021}'])('parseEdtfWindow(%j) is refused as a set', (text) => {
    expect(parseEdtfWindow(text)).toBe(
      `"${text}" is an EDTF set; give one date or an interval instead`,
    );
  });

  it.each(['Y170000002', 'Y-170000002'])('parseEdtfWindow(%j) is beyond a JS date', (text) => {
    expect(parseEdtfWindow(text)).toBe(
      `"${text}" lies outside the years 0–9999 that a timeline can draw`,
    );
  });

  it.each(['Y10000', 'Y300000', 'Y-300000', '-0001', '-0001-06', '-0001/2020'])(
    'parseEdtfWindow(%j) is refused: the axis labels only the years 0–9999',
    (text) => {
      expect(parseEdtfWindow(text)).toBe(
        `"${text}" lies outside the years 0–9999 that a timeline can draw`,
      );
    },
  );

  it.each(['10000', '20231208'])(
    'parseEdtfWindow(%j) is refused, not read as milliseconds after 1970',
    (text) => {
      expect(parseEdtfWindow(text)).toBe(
        `"${text}" is not a valid EDTF date; use e.g. ${EXAMPLES}`,
      );
    },
  );
});

describe('days that do not exist', () => {
  it.each([
    ['2023-02-29', 'February 2023 has 28 days'],
    ['1900-02-29', 'February 1900 has 28 days'],
    ['2023-02-30', 'February 2023 has 28 days'],
    ['2023-04-31', 'April 2023 has 30 days'],
    ['2023-12-32', 'December 2023 has 31 days'],
    ['2023-02-29?', 'February 2023 has 28 days'],
    ['2023-?02-29', 'February 2023 has 28 days'],
    ['2023-02-29T10:00:00Z', 'February 2023 has 28 days'],
    ['2023-02-29/2024', 'February 2023 has 28 days'],
    ['../2023-02-29', 'February 2023 has 28 days'],
    ['0100-02-29', 'February 0100 has 28 days'],
  ])('parseEdtfWindow(%j) is refused: %s', (text, reason) => {
    expect(parseEdtfWindow(text)).toBe(`"${text}" names a day that does not exist: ${reason}`);
  });

  it("parseEdtfWindow('0000-02-29') is refused rather than moved to 1 March", () => {
    expect(parseEdtfWindow('0000-02-29')).toBe(
      '"0000-02-29" names 29 February of year 0, which cannot be placed; give "0000-02" instead',
    );
  });

  it.each(['2024-02-29', '2000-02-29', '0004-02-29', '2024-02-29/2024-03'])(
    'parseEdtfWindow(%j) is a leap day, kept',
    (text) => {
      expect(windowOf(text).start?.at).toBe(Date.parse(`${text.slice(0, 10)}T00:00:00Z`));
    },
  );
});

describe('intervals in the wrong order', () => {
  it.each(['2023-12-08/2020-01-01', '2024/2020', '2023~/2020', '2023-12-08T02:30Z/2023-12-07'])(
    'parseEdtfWindow(%j) ends before it starts',
    (text) => {
      expect(parseEdtfWindow(text)).toBe(`"${text}" ends before it starts`);
    },
  );

  it.each(['2023/2023', '2023-12-05/2023-12'])(
    'parseEdtfWindow(%j) does not end after it starts',
    (text) => {
      expect(parseEdtfWindow(text)).toBe(
        `"${text}" does not end after it starts: its second date must begin after its first`,
      );
    },
  );

  it("parseEdtfWindow('2023-12/2023-12-05') overlaps but is in order: kept", () => {
    expect(windowOf('2023-12/2023-12-05').end?.at).toBe(Date.UTC(2023, 11, 6));
  });
});

describe('describeEdtfProblem', () => {
  it.each(['2020-12', '2023-12-08', '../2023-12-08', '2023-12-08/..', '0000', '9999'])(
    'describeEdtfProblem(%j) is null for a drawable date',
    (text) => {
      expect(describeEdtfProblem(text)).toBeNull();
    },
  );

  it("describeEdtfProblem('2020-13') is parseEdtfWindow's sentence", () => {
    expect(describeEdtfProblem('2020-13')).toBe(
      `"2020-13" is not a valid EDTF date; use e.g. ${EXAMPLES}`,
    );
  });

  it("describeEdtfProblem('../..') names the open interval", () => {
    expect(describeEdtfProblem('../..')).toBe(
      '"../.." is open at both ends and allows any date at all',
    );
  });
});

describe('anchorInstant', () => {
  it("anchorInstant('2023-12-08') is midday", () => {
    expect(anchorInstant(windowOf('2023-12-08'))).toBe(Date.UTC(2023, 11, 8, 12));
  });

  it("anchorInstant('2020-12') is the middle of the month", () => {
    expect(anchorInstant(windowOf('2020-12'))).toBe(Date.UTC(2020, 11, 16, 12));
  });

  it("anchorInstant('../2023-12-08') is the known end", () => {
    expect(anchorInstant(windowOf('../2023-12-08'))).toBe(Date.UTC(2023, 11, 9));
  });

  it("anchorInstant('2023-12-08/..') is the known start", () => {
    expect(anchorInstant(windowOf('2023-12-08/..'))).toBe(Date.UTC(2023, 11, 8));
  });
});
