import type { Page } from '@playwright/test';
import { expect, openMultiSource, openTimeline, readFixture, test } from './fixtures';

/**
 * The schema's own check (zod, and edtf.js for rare date forms) is a chunk of its own that the
 * page requests only to word what is wrong with a file: a valid file is checked without it.
 */

/** zod's chunk, the check that words refusals, and edtf.js's: none is needed for a valid file. */
const SCHEMA_CHUNKS = /\/assets\/(?:schemas|zod-records|edtf-window)-[^/]*\.js$/;

function scriptsRequested(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) paths.push(path);
  });
  return paths;
}

test('a valid dataset is checked without requesting the schema’s chunks', async ({ page }) => {
  const scripts = scriptsRequested(page);
  await openMultiSource(page);
  await expect(page.locator('[data-event-id]').first()).toBeVisible();
  // The fast checkers did run: their chunk came with the data.
  expect(scripts.some((path) => /\/assets\/dataset-checks-[^/]*\.js$/.test(path))).toBe(true);
  expect(scripts.filter((path) => SCHEMA_CHUNKS.test(path))).toStrictEqual([]);
});

test('a dataset with a bad event requests them, and zod words the problem', async ({ page }) => {
  const scripts = scriptsRequested(page);
  const dataset = JSON.parse(readFixture('multi-source/dataset.json')) as {
    events: { date: string }[];
  };
  const [first] = dataset.events;
  if (first) first.date = '2020-13';
  const broken = (url: URL) => url.pathname.startsWith('/fixtures/broken/');
  await page.route(broken, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    if (name === 'dataset.json') {
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) });
    }
    return route.fulfill({
      contentType: 'text/plain; charset=utf-8',
      body: readFixture(`multi-source/${name}`),
    });
  });
  await openTimeline(page, `?data=${encodeURIComponent('/fixtures/broken/dataset.json')}`);
  const box = page.getByTestId('skipped-events');
  await box.locator('summary').click();
  await expect(box).toContainText('date: "2020-13" is not a valid EDTF date');
  expect(scripts.filter((path) => SCHEMA_CHUNKS.test(path)).length).toBeGreaterThan(0);
});
