import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workbookOf } from '../src/test/workbook';
import { importAnyPath, importPath } from './import-data';

const ROOT = resolve(import.meta.dirname, '..');

describe('importPath (npm run data:import)', () => {
  it('a folder of sheets: data/templates imports to data/timeline.json', () => {
    const imported = importPath(resolve(ROOT, 'data/templates'), '2000-01-01');
    expect(imported.problems).toStrictEqual([]);
    expect(imported.dataset).toStrictEqual(
      JSON.parse(readFileSync(resolve(ROOT, 'data/timeline.json'), 'utf8')),
    );
  });

  it('a TimelineJS JSON file, and a file that is not JSON named as such', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const good = join(dir, 'timeline.json');
    writeFileSync(
      good,
      JSON.stringify({ events: [{ start_date: { year: 2019 }, text: { headline: 'A year' } }] }),
    );
    expect(importPath(good, '2026-11-29').dataset?.events.map((e) => e.date)).toStrictEqual([
      '2019',
    ]);
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, '{"events": [');
    const problems = importPath(bad, '2026-11-29').problems;
    expect(problems.map((p) => [p.sheet, p.message.slice(0, 18)])).toStrictEqual([
      ['broken.json', 'is not valid JSON '],
    ]);
  });

  it('a workbook: its tabs are the sheets, and the texts lie next to it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const templates = resolve(ROOT, 'data/templates');
    const tabs = new Map(
      ['dataset', 'sources', 'attributions', 'claims', 'cohorts'].map((tab) => [
        tab,
        readFileSync(join(templates, `${tab}.csv`), 'utf8'),
      ]),
    );
    writeFileSync(join(dir, 'timeline.xlsx'), await workbookOf(tabs));
    writeFileSync(join(dir, 'article.txt'), readFileSync(join(templates, 'article.txt')));
    const imported = await importAnyPath(join(dir, 'timeline.xlsx'), '2000-01-01');
    expect(imported.problems).toStrictEqual([]);
    expect(imported.dataset).toStrictEqual(
      JSON.parse(readFileSync(resolve(ROOT, 'data/timeline.json'), 'utf8')),
    );
  });
});
