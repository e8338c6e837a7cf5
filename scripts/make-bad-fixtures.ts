/**
 * Writes the corpus of broken datasets that `e2e/bad-data.spec.ts` loads, one file per case in
 * e2e/bad-data/ (each case is built from `data/timeline.json`, so the corpus follows the real data
 * when it changes), and removes files no case makes any more:
 *   npx tsx scripts/make-bad-fixtures.ts
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BAD_CASES, BAD_DIR } from '../e2e/bad-data/cases';

mkdirSync(BAD_DIR, { recursive: true });
const names = new Set(BAD_CASES.map((c) => c.name));
for (const name of readdirSync(BAD_DIR)) {
  if (!names.has(name)) rmSync(resolve(BAD_DIR, name));
}
for (const c of BAD_CASES) writeFileSync(resolve(BAD_DIR, c.name), c.build());
console.log(`wrote ${BAD_CASES.length} files to e2e/fixtures/bad/`);
