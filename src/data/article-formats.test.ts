import { describe, expect, it } from 'vitest';
// src/ is typed without Node: the files are read as text through the bundler.
import format1Text from '../../e2e/fixtures/article-format1/timeline.json?raw';
import format1Article from '../../e2e/fixtures/article-format1/article.txt?raw';
import format2Text from '../../data/timeline.json?raw';
import articleText from '../../data/article.txt?raw';
import { parseDataset } from './parse-dataset';
import type { Dataset, TimelineEvent } from '../domain/types';

function load(json: string, article: string): Dataset {
  const outcome = parseDataset(JSON.parse(json), article);
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.dataset;
}

/** What the chart draws of an event, and the words it rests on; not which source id it names. */
function drawn(event: TimelineEvent) {
  return {
    id: event.id,
    kind: event.kind,
    edtf: event.window.edtf,
    start: event.window.start?.at ?? null,
    end: event.window.end?.at ?? null,
    title: event.title,
    summary: event.summary,
    people: event.people,
    sentenceLength: event.sentenceLength,
    place: event.place,
    notes: event.notes,
    quotes: event.claims.map((c) => [c.attributionId, c.quote.exact, c.quote.start, c.quote.end]),
    dispute: event.dispute,
    sourceCount: event.sourceCount,
  };
}

describe('the article in format 1 and in format 2', () => {
  const one = load(format1Text, format1Article);
  const two = load(format2Text, articleText);

  it('the format 1 fixture keeps the bundled article beside it, byte for byte', () => {
    expect(format1Article).toBe(articleText);
  });

  it('reads as format 1 and format 2, nothing skipped', () => {
    expect([one.format, two.format]).toStrictEqual([1, 2]);
    expect([one.skipped, two.skipped]).toStrictEqual([[], []]);
  });

  it('draws the same 11 events, in the same order, with the same quotes at the same offsets', () => {
    expect(two.events.map(drawn)).toStrictEqual(one.events.map(drawn));
    expect(two.events).toHaveLength(11);
  });

  it('format 2 adds the cohorts; format 1 has none', () => {
    expect(one.cohorts).toStrictEqual([]);
    expect(
      two.cohorts.map((c) => [c.id, c.events.length, c.links.map((l) => l.basis)]),
    ).toStrictEqual([
      ['reservists-hin-tagher-khtsaberd', 5, ['inference', 'quote', 'quote', 'quote']],
      ['armenian-servicemen-released-2023-12', 2, ['quote']],
    ]);
    expect(two.events.find((e) => e.id === 'capture-near-hadrut-2020-12')?.cohortIds).toStrictEqual(
      ['reservists-hin-tagher-khtsaberd', 'armenian-servicemen-released-2023-12'],
    );
  });

  it('every quote link names a claim the article holds, on an event of its cohort', () => {
    for (const cohort of two.cohorts) {
      for (const link of cohort.links.filter((l) => l.basis === 'quote')) {
        expect(link.claim).not.toBeNull();
        expect(cohort.events).toContain(link.claim?.eventId);
      }
    }
  });
});
