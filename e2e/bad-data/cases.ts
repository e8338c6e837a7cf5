/** Every committed bad input, by group; the spec runs each, the writer writes each. */
import { resolve } from 'node:path';
import { BROKEN_ARTICLE_LINKS, BROKEN_EVENTS } from './broken-events';
import type { BadCase } from './case';
import { FORMAT2 } from './format2';
import { HOSTILE } from './hostile';
import { NOT_A_DATASET } from './not-a-dataset';

export const BAD_DIR = resolve(import.meta.dirname, '../fixtures/bad');

export const BAD_CASES: readonly BadCase[] = [
  ...NOT_A_DATASET,
  ...BROKEN_EVENTS,
  ...BROKEN_ARTICLE_LINKS,
  ...HOSTILE,
  ...FORMAT2,
];

/** The case a test of its own is about; throws when it is gone, so that test cannot go stale. */
export function badCase(name: string): BadCase {
  const found = BAD_CASES.find((c) => c.name === name);
  if (!found) throw new Error(`no bad case ${name} in e2e/bad-data/`);
  return found;
}
