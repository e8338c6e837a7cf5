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

test('the built page has a strict CSP: no inline script, no eval, data from self only', () => {
  const policy = policyOf('dist/index.html');
  expect(policy.get('script-src')).toEqual(["'self'"]);
  expect(policy.get('style-src')).toEqual(["'self'"]);
  expect(policy.get('connect-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
});

test('the single file relaxes only inline code, and may connect nowhere', () => {
  const policy = policyOf('dist-single/index.html');
  expect(policy.get('default-src')).toEqual(["'none'"]);
  expect(policy.get('script-src')).toEqual(["'unsafe-inline'"]);
  expect(policy.get('connect-src')).toEqual(["'none'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
});

test('the app runs under its CSP with no violation, export included', async ({ page }) => {
  await page.addInitScript(() => {
    const list: string[] = [];
    Object.defineProperty(window, 'cspViolations', { value: list });
    document.addEventListener('securitypolicyviolation', (e) => {
      list.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await openTimeline(page, '?event=joint-statement');
  await page.getByRole('button', { name: 'Show in article' }).first().click();
  await page.keyboard.press('Escape');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('custody-timeline.png');
  expect(await page.evaluate(() => Reflect.get(window, 'cspViolations') as unknown)).toEqual([]);
});
