import { describe, expect, it } from 'vitest';
import { describeSource, groupClaimsBySource } from './claims-by-source';
import { eventById, loadMultiSource } from '../../test/multi-source-fixture';

const dataset = loadMultiSource();

describe('groupClaimsBySource', () => {
  it('groups a disputed event by source, in the order each source first appears', () => {
    const groups = groupClaimsBySource(eventById(dataset, 'release-korven-pass'), dataset.sources);
    expect(groups.map((g) => [g.sourceId, g.source?.publisher, g.claims.length])).toEqual([
      ['courier', 'Northwind Courier', 1],
      ['ministry', 'Ministry of Foreign Affairs of Belmark', 1],
      ['harbor-watch', 'Harbor Rights Watch', 1],
    ]);
  });

  it("gives each claim's own count, else the event's reading", () => {
    const groups = groupClaimsBySource(eventById(dataset, 'release-korven-pass'), dataset.sources);
    expect(groups.map((g) => g.counts.map((c) => c.value))).toEqual([[12], [12], [14]]);
  });

  it('keeps several claims of one source together, in event order', () => {
    const event = eventById(dataset, 'release-korven-pass');
    const [courier, ministry, harbor] = event.claims;
    if (!courier || !ministry || !harbor) throw new Error('fixture changed');
    const groups = groupClaimsBySource(
      { people: null, claims: [courier, harbor, ministry, { ...courier, attributionLabel: 'B' }] },
      dataset.sources,
    );
    expect(groups.map((g) => [g.sourceId, g.claims.map((c) => c.attributionLabel)])).toEqual([
      ['courier', ["Belmark's ministry, as reported by the Courier", 'B']],
      ['harbor-watch', ['Harbor Rights Watch monitors']],
      ['ministry', ['Ministry of Foreign Affairs of Belmark']],
    ]);
    expect(groups.map((g) => g.counts.map((c) => c.value))).toEqual([[], [14], []]);
  });

  it('keeps a claim whose source is unknown, with no source', () => {
    const [claim] = eventById(dataset, 'capture-korven-pass').claims;
    if (!claim) throw new Error('fixture changed');
    const groups = groupClaimsBySource({ people: null, claims: [claim] }, []);
    expect(groups).toEqual([{ sourceId: 'courier', source: null, claims: [claim], counts: [] }]);
  });
});

describe('describeSource', () => {
  it('names the title, the publication date in words and the type', () => {
    expect(dataset.sources.map(describeSource)).toEqual([
      '“Belmark frees prisoners after talks” · 20 May 2019 · news report',
      '“Detention update, June 2019” · 2 June 2019 · NGO report',
      '“Statement on the release of Arland servicemen” · 20 May 2019 · statement',
    ]);
  });
});
