/**
 * Writes data/templates/: the bundled dataset in the spreadsheet layout, with its article beside
 * it, so the template is a worked example that imports back to data/timeline.json (a unit test
 * holds it to that). Run after changing the dataset:
 *   npm run data:templates
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Format2DatasetSchema } from '../src/data/format2-schema';
import { datasetToSheets } from '../src/data/import/dataset-to-sheets';

const data = resolve(import.meta.dirname, '../data');
const out = resolve(data, 'templates');
const dataset = Format2DatasetSchema.parse(
  JSON.parse(readFileSync(resolve(data, 'timeline.json'), 'utf8')),
);
mkdirSync(out, { recursive: true });
const sheets = datasetToSheets(dataset);
if (!sheets.ok) throw new Error(sheets.problems.join('\n'));
for (const [name, text] of Object.entries(sheets.files)) {
  writeFileSync(resolve(out, name), text);
}
for (const source of dataset.sources) {
  if (source.text !== undefined)
    copyFileSync(resolve(data, source.text), resolve(out, source.text));
}
console.log(`wrote ${out}`);
