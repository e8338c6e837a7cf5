import { describe, expect, it } from 'vitest';
import { parseEdtfWindow } from '../../domain/edtf-window';
import type { TimelineEvent } from '../../domain/types';
import { loadMultiSource } from '../../test/multi-source-fixture';
import {
  cohortCell,
  cohortKey,
  cohortKeysCell,
  disputeCell,
  publishersOf,
  quoteLines,
  sourcesCell,
} from './event-cells';

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

describe('cohort keys for the printed table', () => {
  it('cohortKey counts A…Z, then AA, AB', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(cohortKey)).toStrictEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
    ]);
  });

  it('cohortKeysCell gives the keys of the cohorts an event is in, in their order', () => {
    const two = [{ id: 'x' }, { id: 'y' }];
    expect(cohortKeysCell({ cohortIds: ['y', 'x'] }, two)).toBe('B, A');
    expect(cohortKeysCell({ cohortIds: [] }, two)).toBeNull();
  });
});

describe('quoteLines', () => {
  it('gives every claim its verbatim quote, who says it and the source it is in, in order', () => {
    expect(quoteLines(byId('release-korven-pass'), sources)).toStrictEqual([
      {
        quote: 'Belmark released 12 Arland soldiers on Monday, the ministry in Port Ellis said.',
        who: "Belmark's ministry, as reported by the Courier",
        source: 'Northwind Courier',
      },
      {
        quote: 'Twelve servicemen of Arland were released on humanitarian grounds.',
        who: 'Ministry of Foreign Affairs of Belmark',
        source: 'Ministry of Foreign Affairs of Belmark',
      },
      {
        quote:
          'Our monitors confirmed that 14 Arland soldiers were handed over at the Vell crossing on 20 May 2019.',
        who: 'Harbor Rights Watch monitors',
        source: 'Harbor Rights Watch',
      },
    ]);
  });
});
