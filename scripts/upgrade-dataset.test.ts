// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Format2DatasetSchema } from '../src/data/format2-schema';
import { parseDataset } from '../src/data/parse-dataset';
import { upgradeText } from './upgrade-dataset';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FORMAT1_DIR = resolve(ROOT, 'e2e/fixtures/article-format1');
const FORMAT1 = readFileSync(resolve(FORMAT1_DIR, 'timeline.json'), 'utf8');
const ARTICLE = readFileSync(resolve(FORMAT1_DIR, 'article.txt'), 'utf8');
const MULTI = readFileSync(resolve(ROOT, 'e2e/fixtures/multi-source/dataset.json'), 'utf8');

describe('upgradeText', () => {
  it('upgradeText(a format 2 file) refuses it', () => {
    expect(upgradeText(MULTI)).toStrictEqual({
      ok: false,
      problems: ['the file is already format 2'],
    });
  });

  it("upgradeText(format: 3) refuses it with the loader's message", () => {
    expect(upgradeText('{"format": 3}')).toStrictEqual({
      ok: false,
      problems: [
        'format: 3 is not a format this app reads: write 2, or leave "format" out for format 1',
      ],
    });
  });

  it('upgradeText(a format 1 file with a broken field) names the format 1 field', () => {
    const file = JSON.parse(FORMAT1) as { events: { date: string }[] };
    const first = file.events[0];
    if (!first) throw new Error('no event');
    first.date = '2020-13';
    expect(upgradeText(JSON.stringify(file))).toStrictEqual({
      ok: false,
      problems: [
        'events[0].date: "2020-13" is not a valid EDTF date; use e.g. "2020-12", "2023-12-08", "2020-12?", "2020-12/2023-12" or "../2023-12-08"',
      ],
    });
  });

  it('upgradeText(not JSON) says so instead of throwing', () => {
    const outcome = upgradeText('{ "source": ');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems[0]?.startsWith('not valid JSON (SyntaxError: ')).toBe(
      true,
    );
  });

  it("upgradeText(the article's format 1 file) writes format 2 that loads the same 11 events", () => {
    const outcome = upgradeText(FORMAT1);
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    const upgraded: unknown = JSON.parse(outcome.text);
    expect(Format2DatasetSchema.safeParse(upgraded).success).toBe(true);
    const before = parseDataset(JSON.parse(FORMAT1), ARTICLE);
    const after = parseDataset(
      upgraded,
      new Map([['article', { status: 'loaded', text: ARTICLE }]]),
    );
    if (!before.ok || !after.ok) throw new Error('a file failed to load');
    expect(after.dataset.format).toBe(2);
    expect(after.dataset.skipped).toStrictEqual([]);
    expect(after.dataset.events).toStrictEqual(before.dataset.events);
  });
});

describe('npm run data:upgrade', { timeout: 60_000 }, () => {
  it('tsx scripts/upgrade-dataset.ts <format 1 fixture> exits 0 and prints valid format 2', () => {
    const result = spawnSync(
      'npx',
      ['tsx', 'scripts/upgrade-dataset.ts', 'e2e/fixtures/article-format1/timeline.json'],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const parsed = Format2DatasetSchema.safeParse(JSON.parse(result.stdout));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.events.map((e) => e.claims.length)).toHaveLength(11);
  });

  it('tsx scripts/upgrade-dataset.ts <format 2 file> exits 1 and says why', () => {
    const result = spawnSync(
      'npx',
      ['tsx', 'scripts/upgrade-dataset.ts', 'e2e/fixtures/multi-source/dataset.json'],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'e2e/fixtures/multi-source/dataset.json:\n  the file is already format 2\n',
    );
  });
});
