/**
 * Format 2 → the spreadsheet's CSV sheets → format 2 gives the same dataset, for any dataset in
 * the form the importer writes (src/test/format2-arb.ts): the sheets lose nothing and invent
 * nothing, so a dataset can be taken to a spreadsheet, edited there and brought back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Format2DatasetSchema } from '../format2-schema';
import { format2Arb } from '../../test/format2-arb';
import { datasetToSheets } from './dataset-to-sheets';
import { importCsvFiles } from './import-sheets';
import { describeProblem } from './sheet';

describe('format 2 → CSV set → format 2', () => {
  it('gives the same dataset, generated datasets of many sources, claims and a cohort', () => {
    fc.assert(
      fc.property(format2Arb, ({ dataset, texts }) => {
        // The generator makes only valid files.
        expect(Format2DatasetSchema.safeParse(dataset).error?.issues ?? []).toStrictEqual([]);
        const sheets = datasetToSheets(dataset);
        if (!sheets.ok) throw new Error(sheets.problems.join('\n'));
        const files = new Map([...Object.entries(sheets.files), ...texts]);
        const back = importCsvFiles(files, '2000-01-01');
        expect(back.problems.map(describeProblem)).toStrictEqual([]);
        expect(back.dataset).toStrictEqual(dataset);
      }),
      { numRuns: 150 },
    );
  });
});
