import { describe, expect, it } from 'vitest';
import timelineText from '../../../data/timeline.json?raw';
import articleText from '../../../data/article.txt?raw';
import { parseDataset } from '../../data/parse-dataset';
import type { Dataset, SourceText } from '../../domain/types';
import { loadMultiSource } from '../../test/multi-source-fixture';
import { textFileName } from './text-file-name';
import { toFormat2 } from './to-format2';

function reparse(dataset: Dataset): Dataset {
  const texts = new Map<string, SourceText>(dataset.sources.map((s) => [s.id, s.text]));
  const outcome = parseDataset(toFormat2(dataset), texts);
  if (!outcome.ok) throw new Error(outcome.problems.join('; '));
  return outcome.dataset;
}

function article(): Dataset {
  const texts = new Map<string, SourceText>([
    ['western-armenia', { status: 'loaded', text: articleText }],
  ]);
  const outcome = parseDataset(JSON.parse(timelineText), texts);
  if (!outcome.ok) throw new Error(outcome.problems.join('; '));
  return outcome.dataset;
}

describe('toFormat2', () => {
  it('the article: the written file loads back to the same dataset', () => {
    const shown = article();
    expect(reparse(shown)).toStrictEqual(shown);
  });

  it('the article: every event and cohort as the file has it, but for what the app does not keep', () => {
    const file = JSON.parse(timelineText) as {
      headline: string;
      events: { id: string }[];
      cohorts: unknown[];
      attributions: { id: string; label: string }[];
    };
    const written = toFormat2(article());
    const byId = new Map(written.events.map((e) => [e.id, e]));
    expect(file.events.map((e) => byId.get(e.id))).toStrictEqual(file.events);
    expect(written.cohorts).toStrictEqual(file.cohorts);
    expect(written.headline).toBe(file.headline);
    expect(written.attributions).toStrictEqual(
      file.attributions.map(({ id, label }) => ({ id, label })),
    );
    expect(written.sources.map((s) => s.text)).toStrictEqual(['western-armenia.txt']);
  });

  it('the multi-source fixture, with a source cited only and one whose text failed', () => {
    const shown = loadMultiSource(['harbor-watch']);
    expect(reparse(shown)).toStrictEqual(shown);
    expect(shown.sources.map((s) => textFileName(s))).toStrictEqual([
      'courier.txt',
      'harbor-watch.txt',
      'ministry.txt',
    ]);
    expect(toFormat2(shown).sources.map((s) => s.text)).toStrictEqual(
      shown.sources.map((s) => (s.text.status === 'not-stored' ? undefined : textFileName(s))),
    );
  });
});
