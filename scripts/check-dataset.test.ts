// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDatasetFile, describeReport } from './check-dataset';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLED = resolve(ROOT, 'data/timeline.json');
/** The article's format 1 dataset, kept as it was: format 1's messages are checked on it. */
const FORMAT1_DIR = resolve(ROOT, 'e2e/fixtures/article-format1');
const FORMAT1 = resolve(FORMAT1_DIR, 'timeline.json');
const MULTI_DIR = resolve(ROOT, 'e2e/fixtures/multi-source');
const MULTI = resolve(MULTI_DIR, 'dataset.json');
const EXAMPLES = '"2020-12", "2023-12-08", "2020-12?", "2020-12/2023-12" or "../2023-12-08"';

interface Format1Shape {
  events: { id: string; date: string; quotes: { text: string }[] }[];
}

interface Format2Shape {
  format: number;
  sources: { id: string; text?: string }[];
  events: { id: string; claims: { source: string; quote: { exact: string } }[] }[];
  cohorts: { id: string; events: string[] }[];
}

const tempDir = mkdtempSync(join(tmpdir(), 'custody-timeline-check-'));
// Texts are relative to the dataset file, so they must sit beside the copies.
copyFileSync(resolve(FORMAT1_DIR, 'article.txt'), join(tempDir, 'article.txt'));
for (const name of ['courier.txt', 'harbor-watch.txt']) {
  copyFileSync(resolve(MULTI_DIR, name), join(tempDir, name));
}

afterAll(() => {
  rmSync(tempDir, { recursive: true, force: true });
});

function writeFile(name: string, file: object): string {
  const path = join(tempDir, name);
  writeFileSync(path, JSON.stringify(file, null, 2));
  return path;
}

/** A changed copy of the format 1 fixture in the temp folder. */
function writeVariant(name: string, change: (file: Format1Shape) => void): string {
  const file = JSON.parse(readFileSync(FORMAT1, 'utf8')) as Format1Shape;
  change(file);
  return writeFile(name, file);
}

/** A changed copy of the multi-source (format 2) fixture in the temp folder. */
function writeVariant2(name: string, change: (file: Format2Shape) => void): string {
  const file = JSON.parse(readFileSync(MULTI, 'utf8')) as Format2Shape;
  change(file);
  return writeFile(name, file);
}

function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

const ok = { problems: [], cohortCount: 0, sourceCount: 1 } as const;

describe('checkDatasetFile, format 1', () => {
  it('checkDatasetFile(article-format1/timeline.json) finds no problems in 11 events', () => {
    expect(checkDatasetFile(FORMAT1)).toStrictEqual({ ...ok, format: 1, eventCount: 11 });
  });

  it('checkDatasetFile(bad date) names the file, event id, index and field', () => {
    const path = writeVariant('bad-date.json', (file) => {
      at(file.events, 0).date = '2020-13';
    });
    expect(checkDatasetFile(path)).toStrictEqual({
      ...ok,
      format: 1,
      problems: [
        `${path}: event "capture-near-hadrut-2020-12" (#0) date: "2020-13" is not a valid EDTF date; use e.g. ${EXAMPLES}`,
      ],
      eventCount: 10,
    });
  });

  it('checkDatasetFile(broken quote) names the file, event id, index and field', () => {
    const path = writeVariant('broken-quote.json', (file) => {
      const quote = at(at(file.events, 0).quotes, 0);
      quote.text = quote.text.replace('Hadrut', 'Hadrud');
    });
    expect(checkDatasetFile(path)).toStrictEqual({
      ...ok,
      format: 1,
      problems: [
        `${path}: event "capture-near-hadrut-2020-12" (#0) quotes[0].text: not found verbatim at characters 413–590, and the text does not occur anywhere in the article`,
      ],
      eventCount: 10,
    });
  });

  it('checkDatasetFile(invalid JSON) says so, naming the file', () => {
    const path = join(tempDir, 'not-json.json');
    writeFileSync(path, '{ "source": ');
    const report = checkDatasetFile(path);
    expect(report.eventCount).toBe(0);
    expect(report.format).toBeNull();
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]?.startsWith(`${path}: not valid JSON (SyntaxError: `)).toBe(true);
  });

  it('checkDatasetFile(missing file) reports it as unreadable JSON', () => {
    const path = join(tempDir, 'missing.json');
    const report = checkDatasetFile(path);
    expect(report.eventCount).toBe(0);
    expect(report.problems[0]?.startsWith(`${path}: not valid JSON (`)).toBe(true);
  });

  it('checkDatasetFile(dataset whose article is missing) names the article path', () => {
    const dir = mkdtempSync(join(tempDir, 'no-article-'));
    const path = join(dir, 'timeline.json');
    copyFileSync(FORMAT1, path);
    expect(checkDatasetFile(path)).toStrictEqual({
      problems: [`${path}: source.article: cannot read ${join(dir, 'article.txt')}`],
      format: 1,
      eventCount: 0,
      cohortCount: 0,
      sourceCount: 0,
    });
  });

  it('checkDatasetFile(envelope without events) reports the envelope problem', () => {
    const path = join(tempDir, 'no-events.json');
    const file = JSON.parse(readFileSync(FORMAT1, 'utf8')) as Record<string, unknown>;
    delete file.events;
    writeFileSync(path, JSON.stringify(file));
    const report = checkDatasetFile(path);
    expect(report.eventCount).toBe(0);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]?.startsWith(`${path}: events: `)).toBe(true);
  });
});

describe('checkDatasetFile, format 2', () => {
  it('checkDatasetFile(multi-source/dataset.json): format 2, 4 events, 1 cohort, 3 sources, no problems', () => {
    expect(checkDatasetFile(MULTI)).toStrictEqual({
      problems: [],
      format: 2,
      eventCount: 4,
      cohortCount: 1,
      sourceCount: 3,
    });
  });

  it('checkDatasetFile(the bundled dataset) finds no problems in its 11 events, whichever its format', () => {
    const report = checkDatasetFile(BUNDLED);
    expect(report.problems).toStrictEqual([]);
    expect(report.eventCount).toBe(11);
  });

  it('checkDatasetFile(a quote not in its stored text) fails, naming event, claim and source', () => {
    const path = writeVariant2('quote-not-in-text.json', (file) => {
      const quote = at(at(file.events, 0).claims, 0).quote;
      quote.exact = quote.exact.replace('Korven', 'Korwen');
    });
    expect(checkDatasetFile(path)).toStrictEqual({
      problems: [
        `${path}: event "capture-korven-pass" (#0) claims[0].quote.exact: not found verbatim at characters 180–253, and the text does not occur anywhere in the source text (source "courier")`,
      ],
      format: 2,
      eventCount: 3,
      cohortCount: 1,
      sourceCount: 3,
    });
  });

  it('checkDatasetFile(a cohort naming a missing event) fails on the skipped cohort', () => {
    const path = writeVariant2('cohort-missing-event.json', (file) => {
      at(file.cohorts, 0).events.push('no-such-event');
    });
    expect(checkDatasetFile(path)).toStrictEqual({
      problems: [
        `${path}: cohort "korven-pass-20" (#0) events[4]: "no-such-event" is not an event id in this file`,
      ],
      format: 2,
      eventCount: 4,
      cohortCount: 0,
      sourceCount: 3,
    });
  });

  it('checkDatasetFile(a source whose text file is missing) names the source and the path', () => {
    const path = writeVariant2('text-missing.json', (file) => {
      at(file.sources, 1).text = 'no-such-text.txt';
    });
    expect(checkDatasetFile(path)).toStrictEqual({
      problems: [`${path}: sources[1].text: cannot read ${join(tempDir, 'no-such-text.txt')}`],
      format: 2,
      eventCount: 4,
      cohortCount: 1,
      sourceCount: 3,
    });
  });

  it('checkDatasetFile(format: 3) refuses the file, naming the field', () => {
    const path = writeVariant2('format-3.json', (file) => {
      file.format = 3;
    });
    expect(checkDatasetFile(path)).toStrictEqual({
      problems: [
        `${path}: format: 3 is not a format this app reads: write 2, or leave "format" out for format 1`,
      ],
      format: null,
      eventCount: 0,
      cohortCount: 0,
      sourceCount: 0,
    });
  });

  it('describeReport says the format and counts each record', () => {
    expect(
      describeReport({ problems: [], format: 2, eventCount: 11, cohortCount: 1, sourceCount: 1 }),
    ).toBe('format 2, 11 events, 1 cohort, 1 source');
    expect(
      describeReport({ problems: [], format: 1, eventCount: 1, cohortCount: 0, sourceCount: 3 }),
    ).toBe('format 1, 1 event, 0 cohorts, 3 sources');
  });
});

function dataCheck(...args: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/data-check.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

// Each test starts a Node process with tsx; on a busy machine that alone can pass vitest's
// default 5 s, so the test may take as long as the process is allowed to.
describe('npm run data:check', { timeout: 60_000 }, () => {
  it('tsx scripts/data-check.ts <file with a bad date> exits 1 and says data:check failed', () => {
    const path = writeVariant('cli-bad-date.json', (file) => {
      at(file.events, 0).date = '2020-13';
    });
    const result = dataCheck(path);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('data:check failed: 1 problem');
    expect(result.stderr).toContain(
      'event "capture-near-hadrut-2020-12" (#0) date: "2020-13" is not a valid EDTF date',
    );
  });

  it('tsx scripts/data-check.ts <format 1 fixture> exits 0 and says it read format 1', () => {
    const result = dataCheck('e2e/fixtures/article-format1/timeline.json');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      'ok  e2e/fixtures/article-format1/timeline.json: format 1, 11 events, 0 cohorts, 1 source\n',
    );
  });

  it('tsx scripts/data-check.ts with no file checks the bundled dataset, both fixtures and the schemas', () => {
    const result = dataCheck();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toStrictEqual([
      expect.stringMatching(
        /^ok {2}data\/timeline\.json: format [12], 11 events, \d+ cohorts?, \d+ sources?$/,
      ),
      'ok  e2e/fixtures/article-format1/timeline.json: format 1, 11 events, 0 cohorts, 1 source',
      'ok  e2e/fixtures/multi-source/dataset.json: format 2, 4 events, 1 cohort, 3 sources',
      '',
    ]);
  });
});
