import { describe, expect, it } from 'vitest';
import { cohortSteps, cohortsOf, linkBasisLabel, linksTouching } from './cohort-view';
import { eventById, loadMultiSource } from '../../test/multi-source-fixture';

const dataset = loadMultiSource();
const events = new Map(dataset.events.map((e) => [e.id, e]));
const [cohort] = dataset.cohorts;
if (!cohort) throw new Error('the fixture has a cohort');

describe('cohort view', () => {
  it('cohortsOf finds the cohorts an event belongs to', () => {
    expect(cohortsOf(eventById(dataset, 'release-korven-pass'), dataset.cohorts)).toEqual([cohort]);
    expect(cohortsOf({ cohortIds: [] }, dataset.cohorts)).toEqual([]);
  });

  it('linkBasisLabel says a quote is the source and an inference is inferred', () => {
    expect(linkBasisLabel({ basis: 'quote', note: 'n' })).toBe('the source says');
    expect(linkBasisLabel({ basis: 'inference', note: 'both are of the group' })).toBe(
      'inferred: both are of the group',
    );
  });

  it('cohortSteps lists the events in cohort order, the selected one marked', () => {
    expect(cohortSteps(cohort, 'release-korven-pass', events)).toEqual([
      {
        id: 'capture-korven-pass',
        title: '20 Arland soldiers captured near Korven Pass',
        current: false,
      },
      { id: 'sentence-korven-pass', title: 'The 20 sentenced by a military court', current: false },
      { id: 'release-korven-pass', title: 'Belmark releases Arland soldiers', current: true },
      {
        id: 'held-korven-pass',
        title: 'Soldiers from the Korven Pass group still held',
        current: false,
      },
    ]);
  });

  it('cohortSteps keeps a skipped event by id, with no title', () => {
    const partial = new Map([...events].filter(([id]) => id !== 'capture-korven-pass'));
    expect(cohortSteps(cohort, 'x', partial)[0]).toEqual({
      id: 'capture-korven-pass',
      title: null,
      current: false,
    });
  });

  it("linksTouching gives a quote link's claim and an inference's reasoning", () => {
    const links = linksTouching(cohort, 'held-korven-pass', events, dataset.sources);
    expect(links).toEqual([
      {
        fromTitle: 'Belmark releases Arland soldiers',
        toTitle: 'Soldiers from the Korven Pass group still held',
        basis: 'quote',
        label: 'the source says',
        quote: {
          exact: 'Eight of them remain in Belmark custody, a ministry spokesperson added.',
          attribution: "Belmark's ministry, as reported by the Courier",
          publisher: 'Northwind Courier',
        },
        note: '“Eight of them remain”: the rest of the same 20.',
      },
      {
        fromTitle: 'The 20 sentenced by a military court',
        toTitle: 'Soldiers from the Korven Pass group still held',
        basis: 'inference',
        label:
          'inferred: No source says the soldiers still held are serving the April sentences; read so because both figures are of the Korven Pass group and no other charge is reported.',
        quote: null,
        note: null,
      },
    ]);
  });

  it('linksTouching leaves out links that do not touch the event', () => {
    const links = linksTouching(cohort, 'release-korven-pass', events, dataset.sources);
    expect(links.map((l) => [l.fromTitle, l.toTitle])).toEqual([
      ['20 Arland soldiers captured near Korven Pass', 'Belmark releases Arland soldiers'],
      ['Belmark releases Arland soldiers', 'Soldiers from the Korven Pass group still held'],
    ]);
  });

  it('linksTouching shows a quote link without a quote when its claim is not drawn', () => {
    const partial = new Map([...events].filter(([id]) => id !== 'held-korven-pass'));
    const [link] = linksTouching(cohort, 'release-korven-pass', partial, dataset.sources).slice(1);
    expect(link?.toTitle).toBe('held-korven-pass');
    expect(link?.quote).toBeNull();
    expect(link?.label).toBe('the source says (its words are in an event that could not be shown)');
  });
});
