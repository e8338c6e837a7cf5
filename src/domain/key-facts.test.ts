import { describe, expect, it } from 'vitest';
import timelineText from '../../data/timeline.json?raw';
import articleText from '../../data/article.txt?raw';
import { parseDataset } from '../data/parse-dataset';
import { loadMultiSource } from '../test/multi-source-fixture';
import { parseEdtfWindow } from './edtf-window';
import { windowFixture } from '../test/window-fixture';
import { keyFactByline, keyFactDate, keyFacts, keyFigure } from './key-facts';
import type { Dataset } from './types';

function article(): Dataset {
  const outcome = parseDataset(JSON.parse(timelineText), articleText);
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.dataset;
}

function windowOf(edtf: string) {
  const window = parseEdtfWindow(edtf);
  if (typeof window === 'string') throw new Error(window);
  return window;
}

const JOINT =
  'Joint statement of the Prime Minister’s Office of Armenia and the Presidential Administration of Azerbaijan';
const OUTLET = 'Western Armenia (the outlet’s own reporting)';

describe('keyFacts on the article', () => {
  const dataset = article();

  it('states the four key events: releases first (the chart’s lane order), larger count first', () => {
    expect(keyFacts(dataset.events, dataset)).toStrictEqual([
      {
        id: 'release-32-armenian-servicemen',
        eventId: 'release-32-armenian-servicemen',
        figure: '32',
        disputed: false,
        what: 'Azerbaijan releases 32 Armenian servicemen',
        when: 'date not given; on or after 8 December 2023',
        attributions: [JOINT, OUTLET],
        publishers: ['Western Armenia'],
        sentence: `Azerbaijan releases 32 Armenian servicemen (date not given; on or after 8 December 2023), according to ${JOINT}; ${OUTLET}.`,
      },
      {
        id: 'release-2-azerbaijani-servicemen',
        eventId: 'release-2-azerbaijani-servicemen',
        figure: '2',
        disputed: false,
        what: 'Armenia releases 2 Azerbaijani servicemen',
        when: 'date not given; on or after 8 December 2023',
        attributions: [JOINT, OUTLET],
        publishers: ['Western Armenia'],
        sentence: `Armenia releases 2 Azerbaijani servicemen (date not given; on or after 8 December 2023), according to ${JOINT}; ${OUTLET}.`,
      },
      {
        id: 'held-armenians-55-rights-activists',
        eventId: 'held-armenians-55-rights-activists',
        figure: '55',
        disputed: false,
        what: '55 Armenians held by Azerbaijan, according to human-rights activists',
        when: 'as of 8 December 2023',
        attributions: ['Human-rights activists (unnamed)'],
        publishers: ['Western Armenia'],
        sentence:
          '55 Armenians held by Azerbaijan, according to human-rights activists (as of 8 December 2023), according to Human-rights activists (unnamed), in Western Armenia.',
      },
      {
        id: 'held-reservists-26',
        eventId: 'held-reservists-26',
        figure: '26',
        disputed: false,
        // Its cohort's larger count tells it apart from the 55.
        what: '26 of the 64 reservists still held in Azerbaijan',
        when: 'as of 8 December 2023',
        attributions: [OUTLET],
        publishers: ['Western Armenia'],
        sentence: `26 of the 64 reservists still held in Azerbaijan (as of 8 December 2023), according to ${OUTLET}.`,
      },
    ]);
  });

  it('the byline names the publisher first, then the voices that are not its own', () => {
    expect(keyFacts(dataset.events, dataset).map(keyFactByline)).toStrictEqual([
      `Western Armenia, citing ${JOINT}`,
      `Western Armenia, citing ${JOINT}`,
      'Western Armenia, citing Human-rights activists (unnamed)',
      'Western Armenia',
    ]);
  });

  it('a fact whose event is filtered out is not stated', () => {
    const noReleases = dataset.events.filter((e) => e.kind !== 'release');
    expect(keyFacts(noReleases, dataset).map((f) => f.figure)).toStrictEqual(['55', '26']);
    expect(keyFacts([], dataset)).toStrictEqual([]);
  });

  it('the order does not depend on the order of the shown list’s ties', () => {
    const reversed = [...dataset.events].reverse();
    expect(keyFacts(reversed, dataset).map((f) => f.figure)).toStrictEqual(['32', '2', '55', '26']);
  });
});

describe('keyFacts on the multi-source fixture', () => {
  const dataset = loadMultiSource();

  it('a disputed count is the range the sources give, never an average; a key cohort is its count and label', () => {
    const facts = keyFacts(dataset.events, dataset);
    expect(facts.map((f) => [f.id, f.figure, f.disputed, f.when])).toStrictEqual([
      ['release-korven-pass', '12–14', true, '20 May 2019'],
      ['cohort:korven-pass-20', '20', false, 'first event: March 2019'],
    ]);
    expect(facts.map((f) => f.sentence)).toStrictEqual([
      "12–14 (sources disagree): Belmark releases Arland soldiers (20 May 2019), according to Belmark's ministry, as reported by the Courier; Ministry of Foreign Affairs of Belmark; Harbor Rights Watch monitors, in Northwind Courier.",
      'The 20 taken at Korven Pass: 20 people (first event: March 2019), according to Northwind Courier (its own reporting).',
    ]);
    expect(facts[1]?.eventId).toBe('capture-korven-pass');
  });

  it('a key cohort links to its earliest event in view, and drops out with the last of them', () => {
    const later = dataset.events.filter((e) => e.id !== 'capture-korven-pass');
    expect(keyFacts(later, dataset).map((f) => [f.id, f.eventId, f.when])).toStrictEqual([
      ['release-korven-pass', 'release-korven-pass', '20 May 2019'],
      ['cohort:korven-pass-20', 'sentence-korven-pass', 'first event: April 2019'],
    ]);
    expect(keyFacts([], dataset)).toStrictEqual([]);
  });
});

describe('keyFactDate never invents precision', () => {
  it.each([
    ['../2023-12-08', 'status', 'date not given; on or before 8 December 2023'],
    ['2023-12-08/..', 'release', 'date not given; on or after 8 December 2023'],
    ['2023-12-08/..', 'capture', 'date not given; on or after 8 December 2023'],
    ['../2023-12', 'release', 'date not given; on or before December 2023'],
    ['2023-12-08', 'release', '8 December 2023'],
    ['2023-12-08', 'status', 'as of 8 December 2023'],
    ['2020-12?', 'capture', 'December 2020 (uncertain)'],
    ['2019-05-20/2019-06-02', 'status', 'between 20 May 2019 and 2 June 2019'],
    ['../2023-12-08?', 'capture', 'date not given; on or before 8 December 2023 (uncertain)'],
  ] as const)('%s (%s) → %s', (edtf, kind, words) => {
    expect(keyFactDate(windowOf(edtf), kind)).toBe(words);
  });
});

it('keyFactDate: a window open on both sides is "date not given"', () => {
  expect(keyFactDate(windowFixture('../..', null, null, { isInterval: true }), 'status')).toBe(
    'date not given',
  );
});

describe('keyFigure', () => {
  it.each([
    [{ value: 32, qualifier: 'exact', min: null, max: null }, '32'],
    [{ value: 1200, qualifier: 'exact', min: null, max: null }, '1,200'],
    [{ value: 14, qualifier: 'at-least', min: null, max: null }, 'at least 14'],
    [{ value: 6, qualifier: 'up-to', min: null, max: null }, 'up to 6'],
    [{ value: null, qualifier: 'some', min: null, max: null }, 'some'],
    [{ value: null, qualifier: 'unknown', min: null, max: null }, 'number not given'],
    [{ value: 32, qualifier: 'exact', min: 30, max: 40 }, '32 (between 30 and 40)'],
  ] as const)('%o → %s', (count, words) => {
    expect(keyFigure(count)).toBe(words);
  });
});
