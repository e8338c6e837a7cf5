import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import timelineText from '../../../data/timeline.json?raw';
import datasetCsv from '../../../data/templates/dataset.csv?raw';
import sourcesCsv from '../../../data/templates/sources.csv?raw';
import attributionsCsv from '../../../data/templates/attributions.csv?raw';
import claimsCsv from '../../../data/templates/claims.csv?raw';
import cohortsCsv from '../../../data/templates/cohorts.csv?raw';
import articleText from '../../../data/templates/article.txt?raw';
import writeXlsxFile from 'write-excel-file/universal';
import { workbookOf } from '../../test/workbook';
import { describeProblem } from './sheet';
import { importWorkbook, readWorkbook } from './xlsx';

const TEXTS = new Map([['article.txt', articleText]]);

function templateTabs(claims = claimsCsv): Map<string, string> {
  return new Map([
    ['dataset', datasetCsv],
    ['Sources', sourcesCsv],
    ['attributions', attributionsCsv],
    ['claims', claims],
    ['cohorts', cohortsCsv],
  ]);
}

function buffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

describe('importWorkbook', () => {
  it('the template as one workbook imports to data/timeline.json, exactly', async () => {
    const bytes = await workbookOf(templateTabs());
    const outcome = await importWorkbook(buffer(bytes), 'timeline.xlsx', TEXTS, '2000-01-01');
    expect(outcome.problems.map(describeProblem)).toStrictEqual([]);
    expect(outcome.dataset).toStrictEqual(JSON.parse(timelineText));
  });

  it('names the workbook, tab, row and column of a bad cell; the other rows still import', async () => {
    const [header = [], ...rows] = Papa.parse<string[]>(claimsCsv, { skipEmptyLines: true }).data;
    const at = (column: string) => header.indexOf(column);
    // An event of one row: its bad date leaves no other row to stand for it.
    const ids = rows.map((r) => r[at('event')]);
    const lone = rows.findIndex((r) => ids.filter((id) => id === r[at('event')]).length === 1);
    const broken = rows.map((r, i) => (i === lone ? r.with(at('date'), 'Smarch 2023') : r));
    const claims = Papa.unparse([header, ...broken]);
    const bytes = await workbookOf(templateTabs(claims));
    const outcome = await importWorkbook(buffer(bytes), 'mine.xlsx', TEXTS, '2000-01-01');
    expect(outcome.problems.map(describeProblem)[0]).toBe(
      `mine.xlsx › claims, row ${lone + 2}, column date: "Smarch 2023" is not a date this reads; write "2023-12-08", "8 Dec 2023", "December 2020", "before 8 Dec 2023" or EDTF`,
    );
    const all = JSON.parse(timelineText) as { events: { id: string }[] };
    expect(outcome.dataset?.events.map((e) => e.id)).toStrictEqual(
      all.events.map((e) => e.id).filter((id) => id !== ids[lone]),
    );
  });

  it('names a missing tab as the workbook’s, and refuses bytes that are no workbook', async () => {
    const bytes = await workbookOf(new Map([['sources', sourcesCsv]]));
    const missing = await importWorkbook(buffer(bytes), 'half.xlsx', TEXTS, '2000-01-01');
    expect(missing.problems.map(describeProblem)).toStrictEqual([
      'half.xlsx › claims: is missing; it is required',
    ]);
    const junk = await readWorkbook(new TextEncoder().encode('event,kind').buffer, 'x.xlsx');
    expect(junk.sheets.size).toBe(0);
    expect(junk.problems.map((p) => p.message.slice(0, 30))).toStrictEqual([
      'is not a workbook this reads (',
    ]);
  });
});

describe('date cells', () => {
  it('refuses a date cell, naming it, instead of reading a typed month as the 1st', async () => {
    // What a spreadsheet saves when "December 2020" is typed into a cell not formatted as Text.
    const blob = await writeXlsxFile([
      {
        sheet: 'claims',
        data: [
          [
            { value: 'event', type: String },
            { value: 'date', type: String },
          ],
          [
            { value: 'capture-one', type: String },
            { value: new Date(Date.UTC(2020, 11, 1)), type: Date, format: 'mmmm yyyy' },
          ],
        ],
      },
    ]).toBlob();
    const { sheets, problems } = await readWorkbook(blob, 'mine.xlsx');
    expect(problems.map(describeProblem)).toStrictEqual([
      'mine.xlsx › claims, row 2, column date: is a date cell, which holds a day even where a month or a year was typed: format the column as Text and type the date again (e.g. "December 2020", "2023-12-08")',
    ]);
    // The cell is read as empty: the row then fails on its missing date, never imports a day.
    expect([...(sheets.get('claims')?.rows[0]?.cells ?? [])]).toStrictEqual([
      ['event', 'capture-one'],
    ]);
  });
});
