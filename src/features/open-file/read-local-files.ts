import { textRequestsOf } from '../../data/dataset-body';
import { DatasetLoadError } from '../../data/load-error';
import { normalizeLineEnds } from '../../data/anchor-quote';
import { parseDataset } from '../../data/parse-dataset';
import { importCsvFiles } from '../../data/import/import-sheets';
import { describeProblem, readCsv } from '../../data/import/sheet';
import type { SheetProblem } from '../../data/import/sheet';
import { fromTimelineJson, fromTimelineSheet } from '../../data/import/timelinejs';
import type { Dataset, SourceText } from '../../domain/types';

/**
 * Files the reader opened (chosen or dropped) → the dataset they make, read in this tab and
 * never sent anywhere. The same importers and checks as `npm run data:import`, and the same
 * messages; but where the command refuses to write a file with a bad row, the page draws the good
 * rows and lists the bad ones, since the reader is here to see what works and what to fix.
 * Its own chunk: the importers, papaparse and the workbook reader load only when a file is opened.
 */

/** What a File offers (the tests pass plain objects). */
export interface LocalFile {
  readonly name: string;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface LocalImport {
  /** Null when nothing could be drawn. */
  readonly dataset: Dataset | null;
  /** Each with its file, row and column where it has them. */
  readonly problems: readonly string[];
  /** What a TimelineJS file held that could not be carried over. */
  readonly notes: readonly string[];
}

const LAYOUT_SHEET = /^(dataset|sources|attributions|claims|cohorts)\.csv$/i;
const ext = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

interface Raw {
  readonly raw: unknown;
  readonly problems: readonly SheetProblem[];
  readonly notes: readonly string[];
}

async function textsByName(files: readonly LocalFile[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const file of files) {
    if (ext(file.name) === 'txt') texts.set(file.name, normalizeLineEnds(await file.text()));
  }
  return texts;
}

/** Which importer the files call for, and its raw format 2 dataset (or our own JSON as it is). */
async function rawOf(files: readonly LocalFile[], today: string): Promise<Raw> {
  const texts = await textsByName(files);
  const workbook = files.find((f) => ext(f.name) === 'xlsx');
  if (workbook) {
    // The workbook reader is its own chunk: most people open CSV or JSON.
    const { importWorkbook } = await import('../../data/import/xlsx');
    const outcome = await importWorkbook(await workbook.arrayBuffer(), workbook.name, texts, today);
    return { raw: outcome.dataset, problems: outcome.problems, notes: [] };
  }
  const csv = files.filter((f) => ext(f.name) === 'csv');
  if (csv.some((f) => LAYOUT_SHEET.test(f.name))) {
    const sheets = new Map(texts);
    for (const file of csv) sheets.set(file.name.toLowerCase(), await file.text());
    const outcome = importCsvFiles(sheets, today);
    return { raw: outcome.dataset, problems: outcome.problems, notes: [] };
  }
  const [sheetFile] = csv;
  if (sheetFile) {
    const { sheet, problems } = readCsv(sheetFile.name, await sheetFile.text());
    const imported = fromTimelineSheet(sheet, today);
    return { ...imported, raw: imported.dataset, problems: [...problems, ...imported.problems] };
  }
  const jsonFile = files.find((f) => ext(f.name) === 'json');
  if (!jsonFile) {
    const names = files.map((f) => f.name).join(', ');
    const message = `${names || 'no file'}: open a .json dataset, the .csv sheets (with their .txt texts), an .xlsx workbook, or a TimelineJS .json or .csv`;
    return { raw: null, problems: [{ sheet: '', row: null, column: null, message }], notes: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(await jsonFile.text());
  } catch (error) {
    const message = `is not valid JSON (${String(error)})`;
    return {
      raw: null,
      problems: [{ sheet: jsonFile.name, row: null, column: null, message }],
      notes: [],
    };
  }
  if (isTimelineJs(json)) {
    const imported = fromTimelineJson(json, jsonFile.name, today);
    return { ...imported, raw: imported.dataset };
  }
  return { raw: json, problems: [], notes: [] };
}

/** A TimelineJS file has events with `start_date` and never our `format` or `source`. */
function isTimelineJs(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || 'format' in json || 'source' in json)
    return false;
  if (!('events' in json) || !Array.isArray(json.events)) return false;
  const events: unknown[] = json.events;
  return events.some((e) => typeof e === 'object' && e !== null && 'start_date' in e);
}

/**
 * Each source's text from the files opened with the dataset, matched by file name; a text not
 * opened costs the check of that source's quotes, and says which file to open with it.
 */
function sourceTexts(raw: unknown, texts: ReadonlyMap<string, string>): Map<string, SourceText> {
  const base = 'file:///opened/';
  const given = new Map<string, SourceText>();
  let requests: ReturnType<typeof textRequestsOf> = [];
  try {
    requests = textRequestsOf(raw, base);
  } catch (error) {
    if (!(error instanceof DatasetLoadError)) throw error;
  }
  for (const { sourceId, url } of requests) {
    const name = decodeURIComponent(url.slice(url.lastIndexOf('/') + 1));
    const text = texts.get(name);
    given.set(
      sourceId,
      text === undefined
        ? {
            status: 'unavailable',
            url: name,
            reason: `${name} was not opened with the dataset; open it together with the dataset to check the quotes against it.`,
          }
        : { status: 'loaded', text },
    );
  }
  return given;
}

export async function readLocalFiles(
  files: readonly LocalFile[],
  today: string,
): Promise<LocalImport> {
  const { raw, problems, notes } = await rawOf(files, today);
  const described = problems.map((p) => (p.sheet === '' ? p.message : describeProblem(p)));
  if (raw === null) return { dataset: null, problems: described, notes };
  // Our own JSON names its texts; an imported one has them already found (offsets written),
  // but its sources still name the files, so both are matched the same way.
  const texts = sourceTexts(raw, await textsByName(files));
  const checked = parseDataset(raw, texts);
  if (!checked.ok) {
    const name = files.find((f) => ext(f.name) === 'json')?.name ?? 'the dataset';
    return {
      dataset: null,
      problems: [...described, ...checked.problems.map((p) => `${name}: ${p}`)],
      notes,
    };
  }
  // An importer already named each bad row; our own JSON's skipped records are listed by the
  // page's notice, as for any dataset.
  return { dataset: checked.dataset, problems: described, notes };
}
