import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseDataset, readFormat } from '../src/data/parse-dataset';
import type { GivenTexts } from '../src/data/parse-dataset';
import type { SourceText } from '../src/domain/types';

export interface CheckReport {
  readonly problems: readonly string[];
  /** The format the file declares; null when it could not be read as a dataset at all. */
  readonly format: 1 | 2 | null;
  readonly eventCount: number;
  readonly cohortCount: number;
  readonly sourceCount: number;
}

/** `value[key]` of a JSON value not yet checked; undefined when there is no such field. */
function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const found: unknown = Reflect.get(value, key);
  return found;
}

/** A text file beside the dataset, or the problem naming the field that points to it. */
function readBeside(
  datasetPath: string,
  file: string,
  field: string,
): { text: string } | { problem: string } {
  const path = resolve(dirname(datasetPath), file);
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch {
    return { problem: `${field}: cannot read ${path}` };
  }
}

/** Format 1's one article, by `source.article`. */
function format1Article(raw: unknown, path: string): { text: string } | { problem: string } {
  const article = field(field(raw, 'source'), 'article');
  return typeof article === 'string' ? readBeside(path, article, 'source.article') : { text: '' };
}

/** Format 2's stored texts by source id; a source without `text` is cited, not stored. */
function format2Texts(
  raw: unknown,
  path: string,
): { texts: Map<string, SourceText>; problems: string[] } {
  const texts = new Map<string, SourceText>();
  const problems: string[] = [];
  const sources = field(raw, 'sources');
  if (!Array.isArray(sources)) return { texts, problems };
  sources.forEach((item: unknown, i) => {
    const id = field(item, 'id');
    const file = field(item, 'text');
    if (typeof id !== 'string' || typeof file !== 'string') return;
    const read = readBeside(path, file, `sources[${i}].text`);
    if ('problem' in read) problems.push(read.problem);
    else texts.set(id, { status: 'loaded', text: read.text });
  });
  return { texts, problems };
}

/**
 * The stored texts a dataset's quotes are checked against, read from beside the file: format 1's
 * article (null when it cannot be read: nothing can be checked), format 2's text of each source
 * that has one (one that cannot be read is named, and its quotes are left unchecked).
 */
export function readStoredTexts(
  raw: unknown,
  format: 1 | 2,
  path: string,
): { texts: GivenTexts | null; problems: string[] } {
  if (format === 1) {
    const article = format1Article(raw, path);
    return 'problem' in article
      ? { texts: null, problems: [article.problem] }
      : { texts: article.text, problems: [] };
  }
  return format2Texts(raw, path);
}

const EMPTY = { format: null, eventCount: 0, cohortCount: 0, sourceCount: 0 } as const;

/**
 * `npm run data:check` for one file, format 1 or 2: the app's own parser, run strictly. Every
 * stored text is read from beside the file, every skipped event and every skipped cohort is a
 * failure here, named by file, record id and index, and field.
 */
export function checkDatasetFile(path: string): CheckReport {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { ...EMPTY, problems: [`${path}: not valid JSON (${String(error)})`] };
  }
  const format = readFormat(raw);
  if (typeof format === 'string') return { ...EMPTY, problems: [`${path}: ${format}`] };

  const read = readStoredTexts(raw, format, path);
  const textProblems = read.problems.map((p) => `${path}: ${p}`);
  const { texts } = read;
  if (texts === null) return { ...EMPTY, format, problems: textProblems };

  const outcome = parseDataset(raw, texts);
  if (!outcome.ok) {
    return {
      ...EMPTY,
      format,
      problems: [...textProblems, ...outcome.problems.map((p) => `${path}: ${p}`)],
    };
  }
  const { dataset } = outcome;
  const skipped = dataset.skipped.flatMap((skip) =>
    skip.problems.map((p) => {
      const what = skip.collection === 'cohorts' ? 'cohort' : 'event';
      const id = skip.id === null ? '(no id)' : `"${skip.id}"`;
      return `${path}: ${what} ${id} (#${skip.index}) ${p}`;
    }),
  );
  return {
    problems: [...textProblems, ...skipped],
    format,
    eventCount: dataset.events.length,
    cohortCount: dataset.cohorts.length,
    sourceCount: dataset.sources.length,
  };
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** What an ok line says of a file: "format 2, 11 events, 1 cohort, 1 source". */
export function describeReport(report: CheckReport): string {
  return [
    `format ${report.format ?? '?'}`,
    plural(report.eventCount, 'event'),
    plural(report.cohortCount, 'cohort'),
    plural(report.sourceCount, 'source'),
  ].join(', ');
}
