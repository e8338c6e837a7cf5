// @vitest-environment node
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import articleText from '../../data/article.txt?raw';
import timelineText from '../../data/timeline.json?raw';
import multiSourceText from '../../e2e/fixtures/multi-source/dataset.json?raw';
import { parseDatasetLazily } from './parse-dataset-lazy';

/** Set when zod's side of the check (and zod with it) is first imported. */
const zodSide = vi.hoisted(() => ({ loaded: false }));
vi.mock('./zod-records', async (importOriginal) => {
  zodSide.loaded = true;
  return importOriginal();
});

/**
 * The modules a file imports for their values (not `import type`, not `import()`), and theirs,
 * as the bundler follows them into one chunk.
 */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  if (!file.startsWith('/')) return seen;
  const code = readFileSync(file, 'utf8');
  const specifiers = code.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\sfrom\s+'([^']+)'/gms);
  for (const [, specifier = ''] of specifiers) {
    const next = specifier.startsWith('.')
      ? resolveTs(resolve(dirname(file), specifier))
      : specifier;
    staticImports(next, seen);
  }
  return seen;
}

function resolveTs(base: string): string {
  for (const candidate of [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      // not this one
    }
  }
  throw new Error(`cannot resolve ${base}`);
}

describe('the loader’s check (parseDatasetLazily)', () => {
  it('reaches no zod module by a static import: zod is only ever imported on demand', () => {
    const reached = staticImports(resolve(import.meta.dirname, 'parse-dataset-lazy.ts'));
    const zod = [...reached].filter((m) => m === 'zod' || m.startsWith('zod/'));
    const schemas = [...reached].filter((m) => /-schema\.ts$|zod-records\.ts$/.test(m));
    // edtf.js, for the dates outside the common forms, comes with zod's check.
    const edtf = [...reached].filter((m) => m === 'edtf' || m.endsWith('edtf-window.ts'));
    expect({ zod, schemas, edtf }).toStrictEqual({ zod: [], schemas: [], edtf: [] });
    // The walk does follow the checkers: it is not vacuous.
    expect([...reached].some((m) => m.endsWith('fast-format2.ts'))).toBe(true);
  });

  it('loads zod (and edtf.js) for a refused record, not for valid files in the common date forms', async () => {
    const valid = [
      await parseDatasetLazily(JSON.parse(timelineText), articleText),
      await parseDatasetLazily(JSON.parse(multiSourceText), new Map()),
    ];
    expect(valid.map((outcome) => outcome.ok)).toStrictEqual([true, true]);
    expect(zodSide.loaded).toBe(false);

    // A date outside the common forms needs edtf.js, which comes with zod's check: the file
    // loads whole all the same.
    const timed = JSON.parse(timelineText) as { events: { id: string; date: string }[] };
    const [first] = timed.events;
    if (first) first.date = '2023-12-08T02:30:00';
    const loaded = await parseDatasetLazily(timed, articleText);
    expect(zodSide.loaded).toBe(true);
    expect(loaded.ok && loaded.dataset.skipped).toStrictEqual([]);
    expect(loaded.ok && loaded.dataset.events.find((e) => e.id === first?.id)?.window).toEqual(
      expect.objectContaining({ edtf: '2023-12-08T02:30:00' }),
    );

    const raw = JSON.parse(timelineText) as { events: unknown[] };
    raw.events.push({ id: 'unreadable', kind: 'capture', date: '2020-13' });
    const outcome = await parseDatasetLazily(raw, articleText);
    const skipped = outcome.ok ? outcome.dataset.skipped : [];
    expect(skipped.find((s) => s.id === 'unreadable')?.problems).toContain('title: is required');
  });

  const BAD = import.meta.glob<string>('../../e2e/fixtures/bad/*.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  });

  it.each(Object.entries(BAD))('%s: the same outcome as parseDataset', async (_name, text) => {
    const { parseDataset } = await import('./parse-dataset');
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return;
    }
    expect(await parseDatasetLazily(raw, articleText)).toStrictEqual(
      parseDataset(raw, articleText),
    );
  });
});
