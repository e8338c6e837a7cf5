import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { DatasetSchema } from '../src/data/dataset-schema';
import type { RawDataset } from '../src/data/dataset-schema';

export const ROOT = resolve(import.meta.dirname, '..');

export interface PageProblems {
  /** Console errors a test expects (e.g. the browser's own "Failed to load resource: 500"). */
  allow: (pattern: RegExp) => void;
  /** Another origin a test itself sets up (a host page for the embed). */
  allowOrigin: (origin: string) => void;
}

const APP_ORIGIN = 'http://127.0.0.1';
/** Schemes that never leave the machine. */
const LOCAL_SCHEMES = ['data:', 'blob:', 'file:', 'about:'];

/**
 * Every test fails on a console error or an uncaught page error it did not declare — a page
 * that "works" while throwing is not working — and on any request to another origin: the app
 * must make no third-party request in any mode.
 */
export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page }, use) => {
      const allowed: RegExp[] = [];
      const origins: string[] = [];
      const seen: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        const local = LOCAL_SCHEMES.includes(url.protocol) || url.origin.startsWith(APP_ORIGIN);
        if (!local && !origins.includes(url.origin))
          seen.push(`third-party request: ${request.url()}`);
      });
      page.on('pageerror', (error) => seen.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') seen.push(`console.error: ${message.text()}`);
      });
      await use({
        allow: (pattern) => allowed.push(pattern),
        allowOrigin: (origin) => origins.push(origin),
      });
      const unexpected = seen.filter((line) => !allowed.some((p) => p.test(line)));
      expect(unexpected, 'console errors, page errors or third-party requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The bundled dataset, read through the app's own schema (so tests never trust a cast). */
export function readDataset(): RawDataset {
  return DatasetSchema.parse(JSON.parse(readFileSync(resolve(ROOT, 'data/timeline.json'), 'utf8')));
}

export function readFixture(name: string): string {
  return readFileSync(resolve(ROOT, 'e2e/fixtures', name), 'utf8');
}

/** Opens the app and waits for the chart's render-complete flag, never for a fixed time. */
export async function openTimeline(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  // The chart, or the empty state that replaces it, flags when it is drawn.
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
}

/** Serves `body` at a same-origin path, so `?data=` can load it like any hosted file. */
export async function serveDataset(
  page: Page,
  path: string,
  body: string,
  status = 200,
  contentType = 'application/json',
): Promise<void> {
  await page.route(`**${path}`, (route) => route.fulfill({ status, contentType, body }));
}

/** The fictional multi-source dataset's address, as `?data=` gives it. */
export const MULTI_SOURCE = '/fixtures/multi-source/dataset.json';

/**
 * Serves the fictional multi-source fixture (`e2e/fixtures/multi-source/`: three sources, two
 * stored texts, a disputed count, one cohort of four events) and opens the app on it.
 */
export async function openMultiSource(page: Page, query = ''): Promise<void> {
  await page.route('**/fixtures/multi-source/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    // Only the fixture's own files; anything else (briefing.json) is not there, as on a host.
    if (!['dataset.json', 'courier.txt', 'harbor-watch.txt'].includes(name)) {
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    }
    const type = name.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8';
    return route.fulfill({
      status: 200,
      contentType: type,
      body: readFixture(`multi-source/${name}`),
    });
  });
  await openTimeline(page, `?data=${encodeURIComponent(MULTI_SOURCE)}${query ? `&${query}` : ''}`);
}
