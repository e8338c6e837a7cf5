import { describe, expect, it } from 'vitest';
import { parseEdtfWindow } from '../../domain/edtf-window';
import type { TimelineEvent } from '../../domain/types';
import { loadMultiSource } from '../../test/multi-source-fixture';
import { cohortCell, disputeCell, publishersOf, sourcesCell } from './event-cells';

const dataset = loadMultiSource();
const { sources, cohorts } = dataset;

function byId(id: string): TimelineEvent {
  const event = dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

describe('event table cells', () => {
  it('sourcesCell names one publisher, or counts and names several in claim order', () => {
    expect(sourcesCell(byId('capture-korven-pass'), sources)).toBe('Northwind Courier');
    expect(sourcesCell(byId('release-korven-pass'), sources)).toBe(
      '3 sources: Northwind Courier; Ministry of Foreign Affairs of Belmark; Harbor Rights Watch',
    );
    expect(publishersOf(byId('held-korven-pass'), sources)).toStrictEqual([
      'Northwind Courier',
      'Harbor Rights Watch',
    ]);
  });

  it('disputeCell says who gives which count and marks the analyst’s reading', () => {
    expect(disputeCell(byId('release-korven-pass'), sources)).toBe(
      'Sources disagree: 12–14. Northwind Courier says 12; Ministry of Foreign Affairs of Belmark says 12; Harbor Rights Watch says 14. Analyst’s reading: 12.',
    );
    expect(disputeCell(byId('held-korven-pass'), sources)).toBe(
      'Sources disagree: 6–8. Northwind Courier says 8; Harbor Rights Watch says 6. Analyst’s reading: 8.',
    );
  });

  it('disputeCell is null when the sources agree', () => {
    expect(disputeCell(byId('capture-korven-pass'), sources)).toBeNull();
  });

  it('disputeCell names each source’s date when the dates disagree', () => {
    const release = byId('release-korven-pass');
    const june = parseEdtfWindow('2019-06');
    if (typeof june === 'string') throw new Error(june);
    const [first, ...rest] = release.claims;
    if (!first) throw new Error('release has claims');
    const event: TimelineEvent = {
      ...release,
      people: null,
      claims: [first, ...rest.map((claim) => ({ ...claim, people: null, window: june }))],
      dispute: { count: null, date: true },
    };
    expect(disputeCell(event, sources)).toBe(
      'Sources disagree on the date. Northwind Courier says 20 May 2019; Ministry of Foreign Affairs of Belmark says June 2019; Harbor Rights Watch says June 2019.',
    );
  });

  it('cohortCell gives the cohort labels, or null outside any cohort', () => {
    expect(cohortCell(byId('held-korven-pass'), cohorts)).toBe('The 20 taken at Korven Pass');
    expect(cohortCell({ cohortIds: [] }, cohorts)).toBeNull();
  });
});
