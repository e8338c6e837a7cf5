import { describe, expect, it } from 'vitest';
import timelineText from '../../data/timeline.json?raw';
import articleText from '../../data/article.txt?raw';
import format1Text from '../../e2e/fixtures/article-format1/timeline.json?raw';
import format1Article from '../../e2e/fixtures/article-format1/article.txt?raw';
import { parseDataset } from './parse-dataset';
import { Format2DatasetSchema } from './format2-schema';
import { datasetToSheets } from './import/dataset-to-sheets';
import { readCsv } from './import/sheet';
import { sheetsToDataset } from './import/sheets-to-dataset';
import type { SheetFiles } from './import/dataset-to-sheets';
import type { Dataset } from '../domain/types';

function parsed(raw: unknown, text: string): Dataset {
  const outcome = parseDataset(raw, text);
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.dataset;
}

const ARTICLE = parsed(JSON.parse(timelineText), articleText);

describe('headline and key in format 2', () => {
  it('the article dataset gives its headline, as plain text', () => {
    expect(ARTICLE.headline).toBe(
      'Azerbaijan releases 32 Armenian servicemen and Armenia releases 2 Azerbaijani servicemen, a joint statement says; 26 reservists are still held after being sentenced, and human-rights activists say Azerbaijan holds 55 Armenians.',
    );
  });

  it('marks exactly the four events of the news as key, and no cohort', () => {
    // In chronological order: the releases' window is open after 8 December.
    expect(ARTICLE.events.filter((e) => e.key).map((e) => e.id)).toStrictEqual([
      'held-armenians-55-rights-activists',
      'held-reservists-26',
      'release-2-azerbaijani-servicemen',
      'release-32-armenian-servicemen',
    ]);
    expect(ARTICLE.cohorts.map((c) => c.key)).toStrictEqual([false, false]);
  });

  it('a cohort may be key; a missing headline is null', () => {
    const raw = JSON.parse(timelineText) as Record<string, unknown>;
    delete raw['headline'];
    const cohorts = raw['cohorts'];
    if (!Array.isArray(cohorts)) throw new Error('no cohorts');
    raw['cohorts'] = cohorts.map((c: unknown, i) =>
      i === 0 && typeof c === 'object' && c !== null ? { ...c, key: true } : c,
    );
    const dataset = parsed(raw, articleText);
    expect(dataset.headline).toBeNull();
    expect(dataset.cohorts.map((c) => c.key)).toStrictEqual([true, false]);
  });

  it('a headline that is not text names the field', () => {
    const raw = { ...(JSON.parse(timelineText) as object), headline: 42 };
    const outcome = parseDataset(raw, articleText);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.join('\n')).toMatch(/^headline: /m);
  });

  it('format 1 has no headline and no key', () => {
    const dataset = parsed(JSON.parse(format1Text), format1Article);
    expect(dataset.headline).toBeNull();
    expect(dataset.events.some((e) => e.key)).toBe(false);
  });
});

describe('headline and key in the spreadsheet layout', () => {
  const raw = Format2DatasetSchema.parse(JSON.parse(timelineText));
  const sheets = datasetToSheets({
    ...raw,
    cohorts: (raw.cohorts ?? []).map((c, i) => (i === 1 ? { ...c, key: true } : c)),
  });
  if (!sheets.ok) throw new Error(sheets.problems.join('\n'));
  const files: SheetFiles = sheets.files;

  function read(edit: Partial<SheetFiles> = {}) {
    const all = { ...files, ...edit };
    const sheet = (name: keyof SheetFiles) => readCsv(name, all[name]).sheet;
    return sheetsToDataset(
      {
        dataset: sheet('dataset.csv'),
        sources: sheet('sources.csv'),
        attributions: sheet('attributions.csv'),
        claims: sheet('claims.csv'),
        cohorts: sheet('cohorts.csv'),
      },
      (path) => (path === 'article.txt' ? articleText : null),
      '2000-01-01',
    );
  }

  it('dataset.csv carries the headline; claims.csv and cohorts.csv say "yes" for key', () => {
    expect(files['dataset.csv'].split('\n')[0]).toBe('title,derived,headline');
    const claimsHeader = files['claims.csv'].split('\n')[0]?.split(',') ?? [];
    expect(claimsHeader.at(-1)).toBe('key');
    expect(files['cohorts.csv']).toMatch(/,yes\r?\n?$/m);
  });

  it('reads them back: headline, key events and the key cohort', () => {
    const back = read();
    expect(back.problems).toStrictEqual([]);
    expect(back.dataset.headline).toBe(raw.headline);
    expect(back.dataset.events.filter((e) => e.key === true).map((e) => e.id)).toStrictEqual([
      'held-reservists-26',
      'held-armenians-55-rights-activists',
      'release-32-armenian-servicemen',
      'release-2-azerbaijani-servicemen',
    ]);
    expect(back.dataset.cohorts?.map((c) => c.key ?? false)).toStrictEqual([false, true]);
  });

  it('a later row of an event may not give a key the first row did not', () => {
    const lines = files['claims.csv'].split('\n');
    // The second claim row of release-some-reservists, which is not key: mark it "yes".
    const at = lines.findIndex((l) => l.startsWith('release-some-reservists,,'));
    const edited = lines.map((l, i) => (i === at ? `${l.replace(/,$/, '')},yes` : l));
    const back = read({ 'claims.csv': edited.join('\n') });
    expect(back.problems.map((p) => `${p.column ?? ''}: ${p.message}`)).toStrictEqual([
      "key: differs from the event's first row (row 6); only the first row gives the event's key",
    ]);
  });

  it('a key cell that is not yes or no is named', () => {
    const back = read({
      'claims.csv': files['claims.csv'].replace(
        /(held-reservists-26,status,[^\n]*?),yes/,
        '$1,maybe',
      ),
    });
    expect(back.problems.map((p) => `${p.column ?? ''}: ${p.message}`)).toStrictEqual([
      'key: "maybe" is not one of yes, no',
    ]);
  });
});
