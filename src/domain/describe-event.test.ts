import { describe, expect, it } from 'vitest';
import { loadMultiSource } from '../test/multi-source-fixture';
import { describeDispute, describeEvent } from './describe-event';
import type { TimelineEvent } from './types';
import { parseEdtfWindow } from './edtf-window';

const { events } = loadMultiSource();

function byId(id: string): TimelineEvent {
  const event = events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

describe('describeDispute', () => {
  it('gives the lowest and highest figure the sources give, never an average', () => {
    expect(describeDispute(byId('release-korven-pass'))).toBe('sources disagree: 12–14');
    expect(describeDispute(byId('held-korven-pass'))).toBe('sources disagree: 6–8');
  });

  it('is null when the claims agree', () => {
    expect(describeDispute(byId('capture-korven-pass'))).toBeNull();
  });

  it('names a date dispute, alone or beside a count dispute', () => {
    expect(describeDispute({ dispute: { count: null, date: true } })).toBe(
      'sources disagree on the date',
    );
    expect(
      describeDispute({ dispute: { count: { low: 3, high: 5, openHigh: false }, date: true } }),
    ).toBe('sources disagree: 3–5, and on the date');
  });
});

describe('describeEvent', () => {
  it('says a disputed event’s sources disagree, and how many sources there are', () => {
    expect(describeEvent(byId('release-korven-pass'))).toBe(
      'Releases: Belmark releases Arland soldiers. Date: 20 May 2019. People: 12 Arland people · held by Belmark. Sources disagree: 12–14. 3 sources.',
    );
  });

  it('says nothing of a dispute, or of sources, for a one-source event that agrees', () => {
    expect(describeEvent(byId('capture-korven-pass'))).toBe(
      'Captures & arrests: 20 Arland soldiers captured near Korven Pass. Date: March 2019. People: 20 Arland people · held by Belmark.',
    );
  });

  it('says an undated report has no date of its own, and the bound the source gives', () => {
    const event = byId('capture-korven-pass');
    const window = (edtf: string) => {
      const parsed = parseEdtfWindow(edtf);
      if (typeof parsed === 'string') throw new Error(parsed);
      return parsed;
    };
    expect(describeEvent({ ...event, window: window('../2023-12-08') })).toBe(
      'Captures & arrests: 20 Arland soldiers captured near Korven Pass. Date: date not given; on or before 8 December 2023. People: 20 Arland people · held by Belmark.',
    );
    expect(describeEvent({ ...event, window: window('2023-12-08/..') })).toContain(
      'Date: date not given; on or after 8 December 2023.',
    );
  });

  it('names the cohort it shares with the selected event', () => {
    expect(describeEvent(byId('sentence-korven-pass'), 'The 20 taken at Korven Pass')).toBe(
      'Sentences: The 20 sentenced by a military court. Date: April 2019. People: 20 Arland people · held by Belmark. Sentence: up to 4 years. Same cohort as the selected event: The 20 taken at Korven Pass.',
    );
  });
});
