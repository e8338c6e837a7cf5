// @vitest-environment node
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layering rules live in eslint.config.js. Each probe is linted as if it were a file of the
 * given folder; only the import matters, so the rest of the file is one line.
 */
const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '..') });

async function importErrors(filePath: string, specifier: string): Promise<string[]> {
  const code = `import { x } from '${specifier}';\nexport const y = x;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

const FEATURE_FILE = 'src/features/filters/filter-panel.tsx';

// The first lint builds the TypeScript program for the type-aware rules; the rest reuse it.
beforeAll(async () => {
  await eslint.lintText('', { filePath: FEATURE_FILE });
}, 120_000);

describe('feature boundaries', () => {
  it.each([
    '../timeline/ticks',
    '../../features/timeline/ticks',
    '../../features/filters/filter-values',
    '../../app/capabilities',
  ])('a feature may not import %s', async (specifier) => {
    expect(await importErrors(FEATURE_FILE, specifier)).toEqual([
      `'${specifier}' import is restricted from being used by a pattern. Features do not import each other or the app; compose them in src/app.`,
    ]);
  });

  it.each(['./filter-values', '../../domain/kinds', '../../ui/highlight', '../../url-state/codec'])(
    'a feature may import %s',
    async (specifier) => {
      expect(await importErrors(FEATURE_FILE, specifier)).toEqual([]);
    },
  );

  it('shared code may not import a feature', async () => {
    expect(await importErrors('src/domain/kinds.ts', '../features/timeline/ticks')).toEqual([
      "'../features/timeline/ticks' import is restricted from being used by a pattern. Shared code must not depend on features or the app layer.",
    ]);
  });

  it('only the zoom hook may use d3-selection', async () => {
    expect(await importErrors('src/features/timeline/ticks.ts', 'd3-selection')).toHaveLength(1);
    expect(await importErrors('src/features/timeline/use-time-zoom.ts', 'd3-selection')).toEqual(
      [],
    );
  });
});
