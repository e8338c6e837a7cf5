import { describe, expect, it } from 'vitest';
import { loadMultiSource } from '../test/multi-source-fixture';
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
