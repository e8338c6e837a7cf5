import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, openTimeline, ROOT, test } from './fixtures';

/** The policy the build wrote into a page, as directive → sources. */
function policyOf(file: string): Map<string, string[]> {
  const html = readFileSync(resolve(ROOT, file), 'utf8');
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error(`${file} has no Content-Security-Policy meta`);
  return new Map(
    content.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

/**
 * The inline classic scripts in a built page (the boot script), each as the CSP source that
 * allows exactly its text. The snapshot's `type="application/json"` block is data, not script.
 */
function inlineScriptSources(file: string): string[] {
  const html = readFileSync(resolve(ROOT, file), 'utf8');
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, body = '']) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`,
  );
}

interface PolicyCase {
  readonly title: string;
  readonly file: string;
  readonly directives: Readonly<Record<string, readonly string[]>>;
  /** Sources no directive may allow. */
  readonly never: readonly string[];
}

const POLICIES: readonly PolicyCase[] = [
  {
    title:
      'the built page has a strict CSP: one inline script allowed by its hash, no eval, data from self only',
    file: 'dist/index.html',
    directives: {
      'script-src': ["'self'", ...inlineScriptSources('dist/index.html')],
      'style-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'default-src': ["'self'"],
    },
    never: ["'unsafe-eval'", "'unsafe-inline'"],
  },
  {
    title: 'the single file relaxes only inline code, and may connect nowhere',
    file: 'dist-single/index.html',
    directives: {
      'default-src': ["'none'"],
      'script-src': ["'unsafe-inline'"],
      'connect-src': ["'none'"],
      'object-src': ["'none'"],
    },
    never: ["'unsafe-eval'"],
  },
];

test('the built page has exactly one inline script: the boot script', () => {
  const html = readFileSync(resolve(ROOT, 'dist/index.html'), 'utf8');
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
  expect(inline).toHaveLength(1);
  expect(inline[0]?.[1]).toMatch(/^\(function boot\(\)/);
});

for (const { title, file, directives, never } of POLICIES) {
  test(title, () => {
    const policy = policyOf(file);
    for (const [name, sources] of Object.entries(directives)) {
      expect(policy.get(name), name).toEqual(sources);
    }
    const allowed = [...policy.values()].flat();
    for (const source of never) expect(allowed).not.toContain(source);
  });
}

test('the app runs under its CSP with no violation, export included', async ({ page }) => {
  await page.addInitScript(() => {
    const list: string[] = [];
    Object.defineProperty(window, 'cspViolations', { value: list });
    document.addEventListener('securitypolicyviolation', (e) => {
      list.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await openTimeline(page, '?event=joint-statement');
  await page.getByRole('button', { name: 'Show in source' }).first().click();
  await page.keyboard.press('Escape');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('custody-timeline.png');
  expect(await page.evaluate(() => Reflect.get(window, 'cspViolations') as unknown)).toEqual([]);
});
