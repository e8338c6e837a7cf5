import readXlsxFile from 'read-excel-file/universal';
import type { CellValue, Sheet as Tab } from 'read-excel-file/universal';
import { SHEETS, importSheetSet } from './import-sheets';
import type { ImportOutcome, SheetKey } from './import-sheets';
import { sheetOf } from './sheet';
import type { Sheet, SheetProblem } from './sheet';

/**
 * One .xlsx workbook holding the spreadsheet layout, a tab per sheet (sources, claims, and
 * optionally dataset, attributions, cohorts) → the same sheets the CSV files give, so the
 * checks and their messages are the same: "timeline.xlsx › claims, row 7, column date".
 * read-excel-file's universal build takes the bytes and needs neither network nor Node.
 */

/**
 * A cell as text. A date cell is left empty and reported: a spreadsheet turns a typed "December
 * 2020" or "2023-12" into the 1st of the month, and its day would be a precision no source gave.
 */
function cellText(value: CellValue | null): string {
  if (value === null || value instanceof Date) return '';
  return String(value);
}

const DATE_CELL =
  'is a date cell, which holds a day even where a month or a year was typed: format the column as Text and type the date again (e.g. "December 2020", "2023-12-08")';

/** Every date cell of a tab, named by sheet, row (the header is row 1) and column. */
function dateCells(
  sheet: string,
  data: readonly (readonly (CellValue | null)[])[],
): SheetProblem[] {
  const [header = []] = data;
  const problems: SheetProblem[] = [];
  data.forEach((row, r) => {
    row.forEach((value, c) => {
      if (!(value instanceof Date)) return;
      const name = header[c];
      problems.push({
        sheet,
        row: r + 1,
        column: typeof name === 'string' && name !== '' ? name : `column ${c + 1}`,
        message: DATE_CELL,
      });
    });
  });
  return problems;
}

/** The workbook's tabs as sheets, by the layout's names (case and spaces ignored). */
export async function readWorkbook(
  bytes: ArrayBuffer | Blob,
  fileName: string,
): Promise<{ sheets: Map<SheetKey, Sheet>; problems: SheetProblem[] }> {
  const problems: SheetProblem[] = [];
  const sheets = new Map<SheetKey, Sheet>();
  let tabs: Tab[];
  try {
    tabs = await readXlsxFile(bytes, { trim: false });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    problems.push({
      sheet: fileName,
      row: null,
      column: null,
      message: `is not a workbook this reads (${detail})`,
    });
    return { sheets, problems };
  }
  for (const tab of tabs) {
    const key = SHEETS.find((s) => s === tab.sheet.trim().toLowerCase());
    if (key === undefined) continue;
    const name = workbookSheetName(fileName, key);
    problems.push(...dateCells(name, tab.data));
    const [header = [], ...rows] = tab.data.map((row) => row.map(cellText));
    sheets.set(key, sheetOf(name, header, rows));
  }
  return { sheets, problems };
}

/** How messages name a tab of a workbook. */
export function workbookSheetName(fileName: string, key: SheetKey): string {
  return `${fileName} › ${key}`;
}

/** A workbook, and the source texts its sources tab names, → a checked dataset. */
export async function importWorkbook(
  bytes: ArrayBuffer | Blob,
  fileName: string,
  texts: ReadonlyMap<string, string>,
  today: string,
): Promise<ImportOutcome> {
  const read = await readWorkbook(bytes, fileName);
  if (read.sheets.size === 0 && read.problems.length > 0)
    return { dataset: null, problems: read.problems };
  return importSheetSet(
    read.sheets,
    texts,
    today,
    (key) => workbookSheetName(fileName, key),
    read.problems,
  );
}
