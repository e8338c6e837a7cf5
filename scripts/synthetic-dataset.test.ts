// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../src/data/parse-dataset';
import { generateDataset, mulberry32 } from './synthetic-dataset';

const options = { events: 200, seed: 7, articleFile: 'synthetic-200.article.txt' };

describe('generateDataset', () => {
  it('generateDataset(200 events, seed 7) parses with the app parser: 200 events, 0 skipped', () => {
    const { dataset, article } = generateDataset(options);
    const outcome = parseDataset(JSON.parse(JSON.stringify(dataset)), article);
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    expect(outcome.dataset.skipped).toStrictEqual([]);
    expect(outcome.dataset.events).toHaveLength(200);
  });

  it('generateDataset(same seed) twice gives identical JSON and article', () => {
    const a = generateDataset(options);
    const b = generateDataset(options);
    expect(JSON.stringify(b.dataset)).toBe(JSON.stringify(a.dataset));
    expect(b.article).toBe(a.article);
  });

  it('generateDataset(another seed) gives different events', () => {
    const a = generateDataset(options);
    const b = generateDataset({ ...options, seed: 8 });
    expect(JSON.stringify(b.dataset.events)).not.toBe(JSON.stringify(a.dataset.events));
  });

  it('the article is ASCII, so code-point offsets equal string indices', () => {
    const { article } = generateDataset(options);
    expect(/^[\x20-\x7e\n]*$/.test(article)).toBe(true);
  });

  it('the mix covers every kind, open and uncertain dates, unknown and bounded counts', () => {
    const { events } = generateDataset(options).dataset;
    const kinds = new Set(events.map((e) => e.kind));
    expect([...kinds].sort()).toStrictEqual([
      'capture',
      'release',
      'sentence',
      'statement',
      'status',
    ]);
    const dates = events.map((e) => e.date);
    expect(dates.some((d) => d.startsWith('../'))).toBe(true);
    expect(dates.some((d) => d.endsWith('/..'))).toBe(true);
    expect(dates.some((d) => d.endsWith('?'))).toBe(true);
    expect(dates.some((d) => /^\d{4}-\d{2}$/.test(d))).toBe(true);
    expect(dates.some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    const qualifiers = new Set(events.map((e) => e.people?.qualifier ?? 'none'));
    expect([...qualifiers].sort()).toStrictEqual([
      'at-least',
      'exact',
      'none',
      'some',
      'unknown',
      'up-to',
    ]);
    const sentences = events.filter((e) => e.kind === 'sentence');
    expect(sentences.every((e) => e.sentence_length !== undefined)).toBe(true);
  });

  it('generateDataset(0 events) is a valid, empty dataset', () => {
    const { dataset, article } = generateDataset({ ...options, events: 0 });
    const outcome = parseDataset(dataset, article);
    expect(outcome.ok && outcome.dataset.events.length).toBe(0);
  });
});

describe('mulberry32', () => {
  it('mulberry32(1) gives the same floats in [0, 1) every time', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const xs = Array.from({ length: 1000 }, a);
    expect(Array.from({ length: 1000 }, b)).toStrictEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
