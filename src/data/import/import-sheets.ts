import { parseDataset } from '../parse-dataset';
import type { RawDataset2 } from '../format2-schema';
import type { SourceText } from '../../domain/types';
import { readCsv } from './sheet';
import type { Sheet, SheetProblem } from './sheet';
import { sheetsToDataset } from './sheets-to-dataset';

/**
 * A set of spreadsheet files (CSV text by file name, and the source texts they name) → a
 * checked format 2 dataset, or every problem with its sheet, row and column. After the sheets
 * are read, the dataset goes through the app's own gate (parseDataset), so what imports is what
 * loads; a record the gate skips is named by the row it came from.
 */
export interface ImportOutcome {
  readonly dataset: RawDataset2 | null;
  readonly problems: readonly SheetProblem[];
}

export const SHEETS = ['dataset', 'sources', 'attributions', 'claims', 'cohorts'] as const;
export type SheetKey = (typeof SHEETS)[number];

export function importCsvFiles(files: ReadonlyMap<string, string>, today: string): ImportOutcome {
  const problems: SheetProblem[] = [];
  const sheets = new Map<SheetKey, Sheet>();
  for (const name of SHEETS) {
    const text = files.get(`${name}.csv`);
    if (text === undefined) continue;
    const read = readCsv(`${name}.csv`, text);
    problems.push(...read.problems);
    sheets.set(name, read.sheet);
  }
  return importSheetSet(sheets, files, today, (key) => `${key}.csv`, problems);
}

/**
 * Sheets read from anywhere (CSV files, a workbook's tabs) → a checked dataset. `files` holds
 * the source texts the sources sheet names; `nameOf` says how a missing sheet is called;
 * `readProblems` are those met while reading the sheets (listed first).
 */
export function importSheetSet(
  sheets: ReadonlyMap<SheetKey, Sheet>,
  files: ReadonlyMap<string, string>,
  today: string,
  nameOf: (key: SheetKey) => string,
  readProblems: readonly SheetProblem[] = [],
): ImportOutcome {
  const problems: SheetProblem[] = [...readProblems];
  const sources = sheets.get('sources');
  const claims = sheets.get('claims');
  if (!sources || !claims) {
    const missing = [sources ? null : nameOf('sources'), claims ? null : nameOf('claims')].filter(
      (m) => m !== null,
    );
    return {
      dataset: null,
      problems: missing.map((sheet) => ({
        sheet,
        row: null,
        column: null,
        message: 'is missing; it is required',
      })),
    };
  }
  const imported = sheetsToDataset(
    {
      dataset: sheets.get('dataset'),
      sources,
      attributions: sheets.get('attributions'),
      claims,
      cohorts: sheets.get('cohorts'),
    },
    (path) => files.get(path) ?? null,
    today,
  );
  problems.push(...imported.problems);
  const texts = new Map<string, SourceText>();
  for (const source of imported.dataset.sources) {
    const text = source.text === undefined ? undefined : files.get(source.text);
    if (text !== undefined) texts.set(source.id, { status: 'loaded', text });
  }
  const checked = parseDataset(imported.dataset, texts);
  if (!checked.ok) {
    problems.push(
      ...checked.problems.map((message) => ({
        sheet: 'dataset',
        row: null,
        column: null,
        message,
      })),
    );
    return { dataset: null, problems };
  }
  // A row already named for a bad cell is not named again for what that cell caused.
  const named = new Set(problems.map((p) => `${p.sheet}:${String(p.row)}`));
  for (const skip of checked.dataset.skipped) {
    const cohort = skip.collection === 'cohorts';
    const row =
      skip.id === null
        ? null
        : ((cohort ? imported.rowOfCohort : imported.rowOfEvent).get(skip.id) ?? null);
    const sheet = cohort ? (sheets.get('cohorts')?.name ?? nameOf('cohorts')) : claims.name;
    if (named.has(`${sheet}:${String(row)}`)) continue;
    for (const message of skip.problems) {
      problems.push({
        sheet,
        row,
        column: null,
        message: `${cohort ? 'cohort' : 'event'} "${skip.id ?? '?'}": ${message}`,
      });
    }
  }
  return { dataset: imported.dataset, problems };
}
