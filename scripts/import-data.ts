/**
 * Imports a spreadsheet layout (a folder with sources.csv, claims.csv and optionally
 * attributions.csv, cohorts.csv, dataset.csv, with the source texts beside them) as a format 2
 * dataset, with every quote found in its source's text and given its offsets:
 *   npm run data:import -- data/templates -o my-timeline.json
 * Prints every problem with its file, row and column, and exits non-zero when any row fails.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importCsvFiles } from '../src/data/import/import-sheets';
import { describeProblem } from '../src/data/import/sheet';

export function readFolder(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isFile() && /\.(csv|txt)$/i.test(name))
      files.set(name, readFileSync(path, 'utf8'));
  }
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const out = args.includes('-o') ? args[args.indexOf('-o') + 1] : undefined;
  const input = args.find((a, i) => a !== '-o' && args[i - 1] !== '-o');
  if (!input || !statSync(input, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(
      'usage: npm run data:import -- <folder with sources.csv and claims.csv> [-o out.json]',
    );
    process.exit(2);
  }
  const today = new Date().toISOString().slice(0, 10);
  const { dataset, problems } = importCsvFiles(readFolder(input), today);
  for (const problem of problems) console.error(describeProblem(problem));
  if (dataset && problems.length === 0) {
    const json = `${JSON.stringify(dataset, null, 2)}\n`;
    if (out) writeFileSync(out, json);
    else process.stdout.write(json);
    if (out) console.error(`wrote ${out}: ${dataset.events.length} events`);
  }
  process.exitCode = problems.length > 0 ? 1 : 0;
}
