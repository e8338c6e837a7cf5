/**
 * Validates datasets with the app's own schema and checks: quotes verbatim at their offsets,
 * unique ids, known attributions, EDTF dates — and that the published JSON Schema is current.
 *   npm run data:check                 checks data/timeline.json
 *   npm run data:check -- other.json   checks other files
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { checkDatasetFile } from './check-dataset';
import { buildJsonSchema } from './json-schema';

const root = resolve(import.meta.dirname, '..');
const given = process.argv.slice(2);
const files =
  given.length > 0 ? given.map((f) => resolve(f)) : [resolve(root, 'data/timeline.json')];
const problems: string[] = [];

for (const file of files) {
  const report = checkDatasetFile(file);
  problems.push(...report.problems.map((p) => p.replace(file, relative(process.cwd(), file))));
  if (report.problems.length === 0) {
    console.log(`ok  ${relative(process.cwd(), file)}: ${report.eventCount} events`);
  }
}

if (given.length === 0) {
  const schemaPath = resolve(root, 'data/timeline.schema.json');
  let published = '';
  try {
    published = readFileSync(schemaPath, 'utf8');
  } catch {
    /* reported below as out of date */
  }
  if (published !== buildJsonSchema()) {
    problems.push(
      'data/timeline.schema.json: out of date with src/data/dataset-schema.ts; run npm run data:schema',
    );
  }
}

if (problems.length > 0) {
  for (const p of problems) console.error(`error  ${p}`);
  console.error(`data:check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
