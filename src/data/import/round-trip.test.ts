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
    const imported = importFiles(datasetToSheets(DATASET), { 'article.txt': articleText });
    expect(imported.problems).toStrictEqual([]);
    expect(imported.dataset).toStrictEqual(DATASET);
  });
});
