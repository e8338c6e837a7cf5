/**
 * Imports a spreadsheet layout or a TimelineJS file as a format 2 dataset:
 *   npm run data:import -- data/templates -o my-timeline.json      (a folder of CSV sheets)
 *   npm run data:import -- timeline.json -o my-timeline.json       (TimelineJS JSON)
 *   npm run data:import -- timeline.csv -o my-timeline.json        (a TimelineJS sheet as CSV)
 *   npm run data:import -- timeline.xlsx -o my-timeline.json       (the layout as one workbook)
 * Every quote from a stored text is found there and given its offsets. Prints every problem with
 * its file, row and column, and what could not be carried over; exits non-zero when any row fails.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { importCsvFiles } from '../src/data/import/import-sheets';
import { describeProblem, readCsv } from '../src/data/import/sheet';
import type { SheetProblem } from '../src/data/import/sheet';
import { fromTimelineJson, fromTimelineSheet } from '../src/data/import/timelinejs';
import { importWorkbook } from '../src/data/import/xlsx';
import type { RawDataset2 } from '../src/data/format2-schema';

export function readFolder(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isFile() && /\.(csv|txt)$/i.test(name)) {
      files.set(name, readFileSync(path, 'utf8'));
    }
  }
  return files;
}

interface Imported {
  readonly dataset: RawDataset2 | null;
  readonly problems: readonly SheetProblem[];
  readonly notes: readonly string[];
}

/**
 * A workbook with the layout's tabs; the source texts its sources tab names lie next to it.
 * Every other path is importPath's.
 */
export async function importAnyPath(path: string, today: string): Promise<Imported> {
  if (!/\.xlsx$/i.test(path) || statSync(path).isDirectory()) return importPath(path, today);
  const bytes = readFileSync(path);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const outcome = await importWorkbook(buffer, basename(path), readFolder(dirname(path)), today);
  return { ...outcome, notes: [] };
}

/** A folder of sheets, a TimelineJS JSON file, or a TimelineJS sheet saved as CSV. */
export function importPath(path: string, today: string): Imported {
  if (statSync(path).isDirectory())
    return { ...importCsvFiles(readFolder(path), today), notes: [] };
  const name = basename(path);
  const text = readFileSync(path, 'utf8');
  if (/\.json$/i.test(name)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const message = `is not valid JSON (${String(error)})`;
      return {
        dataset: null,
        problems: [{ sheet: name, row: null, column: null, message }],
        notes: [],
      };
    }
    return fromTimelineJson(json, name, today);
  }
  const { sheet, problems } = readCsv(name, text);
  const imported = fromTimelineSheet(sheet, today);
  return { ...imported, problems: [...problems, ...imported.problems] };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const out = args.includes('-o') ? args[args.indexOf('-o') + 1] : undefined;
  const input = args.find((a, i) => a !== '-o' && args[i - 1] !== '-o');
  if (!input || !statSync(input, { throwIfNoEntry: false })) {
    console.error(
      'usage: npm run data:import -- <folder with sources.csv and claims.csv | workbook.xlsx | timeline.json | timeline.csv> [-o out.json]',
    );
    process.exit(2);
  }
  const today = new Date().toISOString().slice(0, 10);
  const { dataset, problems, notes } = await importAnyPath(input, today);
  for (const note of notes) console.error(`note: ${note}`);
  for (const problem of problems) console.error(describeProblem(problem));
  if (dataset && problems.length === 0) {
    const json = `${JSON.stringify(dataset, null, 2)}\n`;
    if (out) {
      writeFileSync(out, json);
      const n = dataset.events.length;
      console.error(`wrote ${out}: ${n} ${n === 1 ? 'event' : 'events'}`);
    } else process.stdout.write(json);
  }
  process.exitCode = problems.length > 0 ? 1 : 0;
}
