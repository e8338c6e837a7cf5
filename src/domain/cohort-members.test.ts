import { describe, expect, it } from 'vitest';
import { loadMultiSource } from '../test/multi-source-fixture';
import timelineText from '../../data/timeline.json?raw';
import articleText from '../../data/article.txt?raw';
import { parseDataset } from '../data/parse-dataset';
import { cohortMembers } from './cohort-members';
import type { Cohort } from './types';

const dataset = loadMultiSource();

describe('cohortMembers', () => {
  it('gives the other three events of the Korven Pass cohort, not the selected one', () => {
    expect([...cohortMembers(dataset, 'capture-korven-pass')]).toEqual([
      ['sentence-korven-pass', 'The 20 taken at Korven Pass'],
      ['release-korven-pass', 'The 20 taken at Korven Pass'],
      ['held-korven-pass', 'The 20 taken at Korven Pass'],
    ]);
  });

  it('is empty with nothing selected, an unknown id, or an event in no cohort', () => {
    expect(cohortMembers(dataset, null).size).toBe(0);
    expect(cohortMembers(dataset, 'no-such-event').size).toBe(0);
    expect(cohortMembers({ events: dataset.events, cohorts: [] }, 'capture-korven-pass').size).toBe(
      0,
    );
  });

  it('names every cohort an event shares with the selected one', () => {
    const base = dataset.cohorts[0];
    if (!base) throw new Error('the fixture has a cohort');
    const second: Cohort = {
      ...base,
      id: 'released',
      label: 'The 12 released',
      events: ['release-korven-pass', 'capture-korven-pass'],
    };
    const members = cohortMembers(
      { events: dataset.events, cohorts: [base, second] },
      'capture-korven-pass',
    );
    expect(members.get('release-korven-pass')).toBe('The 20 taken at Korven Pass; The 12 released');
    expect(members.get('sentence-korven-pass')).toBe('The 20 taken at Korven Pass');
    expect(members.has('capture-korven-pass')).toBe(false);
  });
});

describe('cohortMembers on the bundled dataset: an inference is shown as one', () => {
  const bundled = (() => {
    const outcome = parseDataset(JSON.parse(timelineText), articleText);
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    return outcome.dataset;
  })();
  const RESERVISTS = 'The 64 reservists captured at Hin Tagher and Khtsaberd';

  it('from the 64 captured, the Hadrut capture is tied only by an inference', () => {
    expect([...cohortMembers(bundled, 'capture-hin-tagher-khtsaberd-64')]).toEqual([
      ['capture-near-hadrut-2020-12', `${RESERVISTS} (inferred)`],
      ['release-some-reservists', RESERVISTS],
      ['sentence-reservists-up-to-six-years', RESERVISTS],
      ['held-reservists-26', RESERVISTS],
    ]);
  });

  it('from the Hadrut capture, the 32 released are tied by APA’s words, the 64 only by inference', () => {
    const members = cohortMembers(bundled, 'capture-near-hadrut-2020-12');
    expect(members.get('release-32-armenian-servicemen')).toBe(
      'The 32 Armenian servicemen released by Azerbaijan',
    );
    expect(members.get('held-reservists-26')).toBe(`${RESERVISTS} (inferred)`);
  });
});
