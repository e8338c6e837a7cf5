import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseDataset } from '../src/data/parse-dataset';

export interface CheckReport {
  readonly problems: readonly string[];
  readonly eventCount: number;
}

function articlePathOf(raw: unknown, datasetPath: string): string | null {
  if (typeof raw !== 'object' || raw === null || !('source' in raw)) return null;
  const { source } = raw;
  if (typeof source !== 'object' || source === null || !('article' in source)) return null;
  return typeof source.article === 'string' ? resolve(dirname(datasetPath), source.article) : null;
}

/**
 * `npm run data:check` for one file: the app's own parser, run strictly — every skipped event is
 * a failure here, named by file, event id and index, and field.
 */
export function checkDatasetFile(path: string): CheckReport {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { problems: [`${path}: not valid JSON (${String(error)})`], eventCount: 0 };
  }
  const articlePath = articlePathOf(raw, path);
  let article = '';
  if (articlePath) {
    try {
      article = readFileSync(articlePath, 'utf8');
    } catch {
      return { problems: [`${path}: source.article: cannot read ${articlePath}`], eventCount: 0 };
    }
  }
  const outcome = parseDataset(raw, article);
  if (!outcome.ok) return { problems: outcome.problems.map((p) => `${path}: ${p}`), eventCount: 0 };
  const problems = outcome.dataset.skipped.flatMap((skip) =>
    skip.problems.map(
      (p) =>
        `${path}: event ${skip.id === null ? '(no id)' : `"${skip.id}"`} (#${skip.index}) ${p}`,
    ),
  );
  return { problems, eventCount: outcome.dataset.events.length };
}
