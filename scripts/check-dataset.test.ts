// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDatasetFile } from './check-dataset';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATASET = resolve(ROOT, 'data/timeline.json');
const ARTICLE = resolve(ROOT, 'data/article.txt');
const EXAMPLES = '"2020-12", "2023-12-08", "2020-12?", "2020-12/2023-12" or "../2023-12-08"';

interface RawFileShape {
  events: { id: string; date: string; quotes: { text: string }[] }[];
}

const tempDir = mkdtempSync(join(tmpdir(), 'custody-timeline-check-'));
// source.article is relative to the dataset file, so the article must sit beside the copies.
copyFileSync(ARTICLE, join(tempDir, 'article.txt'));

afterAll(() => {
  rmSync(tempDir, { recursive: true, force: true });
});

/** Writes a changed copy of the real dataset into the temp folder and returns its path. */
function writeVariant(name: string, change: (file: RawFileShape) => void): string {
  const file = JSON.parse(readFileSync(DATASET, 'utf8')) as RawFileShape;
  change(file);
  const path = join(tempDir, name);
  writeFileSync(path, JSON.stringify(file, null, 2));
  return path;
}

function firstEvent(file: RawFileShape): RawFileShape['events'][number] {
  const event = file.events[0];
  if (!event) throw new Error('no events');
  return event;
}

describe('checkDatasetFile', () => {
  it('checkDatasetFile(data/timeline.json) finds no problems in 11 events', () => {
    expect(checkDatasetFile(DATASET)).toStrictEqual({ problems: [], eventCount: 11 });
  });

  it('checkDatasetFile(bad date) names the file, event id, index and field', () => {
    const path = writeVariant('bad-date.json', (file) => {
      firstEvent(file).date = '2020-13';
    });
    expect(checkDatasetFile(path)).toStrictEqual({
      problems: [
        `${path}: event "capture-near-hadrut-2020-12" (#0) date: "2020-13" is not a valid EDTF date; use e.g. ${EXAMPLES}`,
      ],
      eventCount: 10,
    });
  });

  it('checkDatasetFile(broken quote) names the file, event id, index and field', () => {
    const path = writeVariant('broken-quote.json', (file) => {
      const quote = firstEvent(file).quotes[0];
      if (!quote) throw new Error('no quote');
      quote.text = quote.text.replace('Hadrut', 'Hadrud');
    });
    expect(checkDatasetFile(path)).toStrictEqual({
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
    copyFileSync(DATASET, path);
    expect(checkDatasetFile(path)).toStrictEqual({
      problems: [`${path}: source.article: cannot read ${join(dir, 'article.txt')}`],
      eventCount: 0,
    });
  });

  it('checkDatasetFile(envelope without events) reports the envelope problem', () => {
    const path = join(tempDir, 'no-events.json');
    const file = JSON.parse(readFileSync(DATASET, 'utf8')) as Record<string, unknown>;
    delete file.events;
    writeFileSync(path, JSON.stringify(file));
    const report = checkDatasetFile(path);
    expect(report.eventCount).toBe(0);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]?.startsWith(`${path}: events: `)).toBe(true);
  });
});

// Each test starts a Node process with tsx; on a busy machine that alone can pass vitest's
// default 5 s, so the test may take as long as the process is allowed to.
describe('npm run data:check', { timeout: 60_000 }, () => {
  it('tsx scripts/data-check.ts <file with a bad date> exits 1 and says data:check failed', () => {
    const path = writeVariant('cli-bad-date.json', (file) => {
      firstEvent(file).date = '2020-13';
    });
    const result = spawnSync('npx', ['tsx', 'scripts/data-check.ts', path], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('data:check failed: 1 problem');
    expect(result.stderr).toContain(
      'event "capture-near-hadrut-2020-12" (#0) date: "2020-13" is not a valid EDTF date',
    );
  });

  it('tsx scripts/data-check.ts data/timeline.json exits 0 with an ok line', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/data-check.ts', 'data/timeline.json'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('ok  data/timeline.json: 11 events\n');
  });
});
