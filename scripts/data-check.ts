/**
 * Validates datasets, format 1 or 2, with the app's own schemas and checks: every quote found in
 * its source's stored text (whitespace folded) and at its offsets when given, unique ids, known
 * sources and attributions, EDTF dates, cohorts naming real events and claims — and that the
 * published JSON Schemas are current.
 *   npm run data:check                 checks data/timeline.json and every fixture dataset
 *   npm run data:check -- other.json   checks other files
 */
import { readFileSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { checkDatasetFile, describeReport } from './check-dataset';
import { buildJsonSchemas } from './json-schema';

const root = resolve(import.meta.dirname, '..');

/** Datasets the app's own tests load, held to the same standard as the bundled one. */
const FIXTURE_DIRS = ['e2e/fixtures/article-format1', 'e2e/fixtures/multi-source'];

function defaultFiles(): string[] {
  const fixtures = FIXTURE_DIRS.flatMap((dir) =>
    readdirSync(resolve(root, dir))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => resolve(root, dir, name)),
  );
  return [resolve(root, 'data/timeline.json'), ...fixtures];
}

const given = process.argv.slice(2);
const files = given.length > 0 ? given.map((f) => resolve(f)) : defaultFiles();
const problems: string[] = [];

for (const file of files) {
  const report = checkDatasetFile(file);
  const shown = relative(process.cwd(), file);
  problems.push(...report.problems.map((p) => p.replace(file, shown)));
  if (report.problems.length === 0) console.log(`ok  ${shown}: ${describeReport(report)}`);
}

if (given.length === 0) {
  for (const schema of buildJsonSchemas()) {
    let published = '';
    try {
      published = readFileSync(resolve(root, schema.path), 'utf8');
    } catch {
      /* reported below as out of date */
    }
    if (published !== schema.text) {
      problems.push(`${schema.path}: out of date with ${schema.from}; run npm run data:schema`);
    }
  }
}

if (problems.length > 0) {
  for (const p of problems) console.error(`error  ${p}`);
  console.error(`data:check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
