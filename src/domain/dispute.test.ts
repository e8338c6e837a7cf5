import { describe, expect, it } from 'vitest';
import { countInterval, countSources, deriveDispute } from './dispute';
import { parseEdtfWindow } from './edtf-window';
import type { Qualifier } from './kinds';
import type { People, QualifiedCount } from './types';
import type { TimeWindow } from './time-window';

function window(edtf: string): TimeWindow {
  const span = parseEdtfWindow(edtf);
  if (typeof span === 'string') throw new Error(span);
  return span;
}

function count(
  qualifier: Qualifier,
  value: number | null,
  bounds: { min?: number; max?: number } = {},
): QualifiedCount {
  return { value, qualifier, min: bounds.min ?? null, max: bounds.max ?? null };
}

function people(qualifier: Qualifier, value: number | null): People {
  return { ...count(qualifier, value), heldBy: 'Belmark', nationality: 'Arland' };
}

const INF = Number.POSITIVE_INFINITY;

describe('countInterval: the figures a count allows', () => {
  it.each([
    ['exact 32', count('exact', 32), [32, 32]],
    ['exact, no figure', count('exact', null), [0, INF]],
    ['at least 30', count('at-least', 30), [30, INF]],
    ['at least 30, at most 40', count('at-least', 30, { max: 40 }), [30, 40]],
    ['up to 10', count('up-to', 10), [0, 10]],
    ['up to 10, at least 2', count('up-to', 10, { min: 2 }), [2, 10]],
    ['some', count('some', null), [1, INF]],
    ['some, at least 3', count('some', null, { min: 3 }), [3, INF]],
    ['some, "at least 0" still means one or more', count('some', null, { min: 0 }), [1, INF]],
    ['unknown', count('unknown', null), [0, INF]],
    ['unknown, between 2 and 5', count('unknown', null, { min: 2, max: 5 }), [2, 5]],
  ] as const)('%s → %j', (_, given, interval) => {
    expect(countInterval(given)).toStrictEqual(interval);
  });
});

describe('deriveDispute', () => {
  const MAY_20 = { people: people('exact', 12), window: window('2019-05-20') };

  it('32 and 34: disputed, the range of what the sources say', () => {
    const event = { people: people('exact', 32), window: window('2023-12') };
    expect(
      deriveDispute(event, [
        { people: null, window: null },
        { people: people('exact', 34), window: null },
      ]),
    ).toStrictEqual({ count: { low: 32, high: 34, openHigh: false }, date: false });
  });

  it('"at least 30" and 32 agree', () => {
    const event = { people: people('at-least', 30), window: window('2023-12') };
    expect(
      deriveDispute(event, [
        { people: null, window: null },
        { people: people('exact', 32), window: null },
      ]),
    ).toBeNull();
  });

  it('"some" and 5 agree', () => {
    const event = { people: people('some', null), window: window('2023-12') };
    expect(
      deriveDispute(event, [
        { people: null, window: null },
        { people: people('exact', 5), window: null },
      ]),
    ).toBeNull();
  });

  it('"up to 10" and "at least 12" disagree: 0 to 12 or more, never narrower than they allow', () => {
    expect(
      deriveDispute(MAY_20, [
        { people: people('up-to', 10), window: null },
        { people: people('at-least', 12), window: null },
      ]),
    ).toStrictEqual({ count: { low: 0, high: 12, openHigh: true }, date: false });
  });

  it('"at least 50" and "20": 20 to 50 or more, not 20–50', () => {
    expect(
      deriveDispute(MAY_20, [
        { people: people('at-least', 50), window: null },
        { people: people('exact', 20), window: null },
      ]),
    ).toStrictEqual({ count: { low: 20, high: 50, openHigh: true }, date: false });
  });

  it('one claim alone never disputes', () => {
    expect(deriveDispute(MAY_20, [{ people: null, window: null }])).toBeNull();
  });

  it('claim dates with no day in common: disputed on the date', () => {
    const event = { people: people('exact', 12), window: window('2019-05/2019-06') };
    expect(
      deriveDispute(event, [
        { people: null, window: window('2019-05-01') },
        { people: null, window: window('2019-06-10') },
      ]),
    ).toStrictEqual({ count: null, date: true });
  });

  it('touching windows (May, then June) share no instant: disputed', () => {
    const event = { people: people('exact', 12), window: window('2019-05/2019-06') };
    expect(
      deriveDispute(event, [
        { people: null, window: window('2019-05') },
        { people: null, window: window('2019-06') },
      ]),
    ).toStrictEqual({ count: null, date: true });
  });

  it('a day inside a month agrees with the month', () => {
    const event = { people: people('exact', 12), window: window('2019-05') };
    expect(
      deriveDispute(event, [
        { people: null, window: null },
        { people: null, window: window('2019-05-20') },
      ]),
    ).toBeNull();
  });

  it('count and date both disputed', () => {
    const event = { people: people('exact', 12), window: window('2019-05/2019-06') };
    expect(
      deriveDispute(event, [
        { people: null, window: window('2019-05-02') },
        { people: people('exact', 14), window: window('2019-06-02') },
      ]),
    ).toStrictEqual({ count: { low: 12, high: 14, openHigh: false }, date: true });
  });

  it('an event without people (a statement) is never disputed on a count', () => {
    const event = { people: null, window: window('2019-05') };
    expect(
      deriveDispute(event, [
        { people: null, window: null },
        { people: null, window: null },
      ]),
    ).toBeNull();
  });
});

describe('countSources', () => {
  it('counts distinct sources, not claims', () => {
    expect(countSources([{ sourceId: 'a' }, { sourceId: 'a' }, { sourceId: 'b' }])).toBe(2);
    expect(countSources([])).toBe(0);
  });
});
