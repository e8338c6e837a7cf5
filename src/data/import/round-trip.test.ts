import { describe, expect, it } from 'vitest';
import timelineText from '../../../data/timeline.json?raw';
import articleText from '../../../data/article.txt?raw';
import { Format2DatasetSchema } from '../format2-schema';
import { datasetToSheets } from './dataset-to-sheets';
import { readCsv } from './sheet';
import { sheetsToDataset } from './sheets-to-dataset';
import type { SheetFiles } from './dataset-to-sheets';

const DATASET = Format2DatasetSchema.parse(JSON.parse(timelineText));

function importFiles(files: SheetFiles, texts: Record<string, string>) {
  const sheet = (name: keyof SheetFiles) => readCsv(name, files[name]).sheet;
  return sheetsToDataset(
    {
      dataset: sheet('dataset.csv'),
      sources: sheet('sources.csv'),
      attributions: sheet('attributions.csv'),
      claims: sheet('claims.csv'),
      cohorts: sheet('cohorts.csv'),
    },
    (path) => texts[path] ?? null,
    '2000-01-01',
  );
}

describe('the article dataset through the spreadsheet layout', () => {
  it('format 2 → CSV set → format 2 gives the same dataset', () => {
    const sheets = datasetToSheets(DATASET);
    if (!sheets.ok) throw new Error(sheets.problems.join('\n'));
    const imported = importFiles(sheets.files, { 'article.txt': articleText });
    expect(imported.problems).toStrictEqual([]);
    expect(imported.dataset).toStrictEqual(DATASET);
  });
});

describe('what the layout cannot hold is refused, not changed', () => {
  it("a first claim with its own count would read back as the event's: named, not written", () => {
    const changed = structuredClone(DATASET);
    const [event] = changed.events;
    const [claim] = event?.claims ?? [];
    if (!claim) throw new Error('no claim');
    claim.people = { count: 26, qualifier: 'exact' };
    expect(datasetToSheets(changed)).toStrictEqual({
      ok: false,
      problems: [
        'event "capture-near-hadrut-2020-12": its first claim gives its own count or date; put a claim that says what the event says first',
      ],
    });
  });

  it("a sentence's bounds go through the sheets and back", () => {
    const changed = structuredClone(DATASET);
    const sentence = changed.events.find((e) => e.sentence_length?.years === 6);
    if (!sentence?.sentence_length) throw new Error('no sentence of up to six years');
    sentence.sentence_length = { years: 6, qualifier: 'up-to', min: 2, max: 6 };
    const sheets = datasetToSheets(changed);
    if (!sheets.ok) throw new Error(sheets.problems.join('\n'));
    const back = importFiles(sheets.files, { 'article.txt': articleText });
    expect(back.dataset.events.find((e) => e.id === sentence.id)?.sentence_length).toStrictEqual({
      years: 6,
      qualifier: 'up-to',
      min: 2,
      max: 6,
    });
  });
});
