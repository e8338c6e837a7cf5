import { describe, expect, it } from 'vitest';
import articleText from '../../data/article.txt?raw';
import timelineText from '../../data/timeline.json?raw';
import { parseDataset } from '../data/parse-dataset';
import { buildFacets } from './facets';
import { NO_FILTERS } from './filter-events';
import type { TimelineEvent } from './types';

const outcome = parseDataset(JSON.parse(timelineText), articleText);
if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
const { events, attributions } = outcome.dataset;

describe('buildFacets', () => {
  it('buildFacets(real events, no filters) counts each option exactly', () => {
    const facets = buildFacets(events, attributions, NO_FILTERS);
    expect(facets.kinds.map((o) => [o.value, o.count])).toStrictEqual([
      ['capture', 3],
      ['sentence', 2],
      ['release', 3],
      ['status', 2],
      ['statement', 1],
    ]);
    expect(facets.sides.map((o) => [o.label, o.count])).toStrictEqual([
      ['Held by Armenia', 1],
      ['Held by Azerbaijan', 7],
      ['Holder not given', 2],
      ['No detainees (statements)', 1],
    ]);
    expect(facets.attributions.map((o) => [o.value, o.count])).toStrictEqual([
      ['joint-statement', 3],
      ['apa', 1],
      ['rights-activists', 1],
      ['outlet', 8],
    ]);
  });
});

describe('buildFacets, the custody facet', () => {
  /** Real events with their holders rewritten; statements keep no people. */
  function withHolders(holders: readonly string[]): TimelineEvent[] {
    let next = 0;
    return events.map((event) =>
      event.people === null
        ? event
        : { ...event, people: { ...event.people, heldBy: holders[next++ % holders.length] ?? '' } },
    );
  }

  it('files Armenian and Cyrillic holders under their own names, and "None" as not given', () => {
    const rewritten = withHolders(['Азербайджан', 'Ադրբեջան', 'None', 'АЗЕРБАЙДЖАН', 'Azerbaijan']);
    const facets = buildFacets(rewritten, attributions, NO_FILTERS);
    expect(facets.sides.map((o) => [o.value, o.label, o.count])).toStrictEqual([
      ['azerbaijan', 'Held by Azerbaijan', 2],
      ['азербайджан', 'Held by АЗЕРБАЙДЖАН', 4],
      ['ադրբեջան', 'Held by Ադրբեջան', 2],
      ['unknown', 'Holder not given', 2],
      ['none', 'No detainees (statements)', 1],
    ]);
  });
});
