import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { generateDataset } from '../scripts/synthetic-dataset';
import { ROOT, expect, readFixture, readFormat1Dataset, test } from './fixtures';

// A format 1 file and its one article: the case these tests are about, whatever format the
// bundled dataset is written in.
const timeline = readFixture('article-format1/timeline.json');
const articleText = readFileSync(resolve(ROOT, 'e2e/fixtures/article-format1/article.txt'), 'utf8');
const EVENT_COUNT = readFormat1Dataset().events.length;
const READY = '[data-testid="timeline"][data-ready="true"]';

/** The article's format 1 dataset at /fixtures/degrade/timeline.json, its article answered by `answer`. */
async function serveWithArticle(
  page: Page,
  answer: { status: number; contentType: string; body: string },
): Promise<void> {
  await page.route('**/fixtures/degrade/timeline.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: timeline }),
  );
  await page.route('**/fixtures/degrade/article.txt', (route) => route.fulfill(answer));
}

/** Every event drawn, the reason said once above the chart, and "Show in source" disabled. */
async function expectDegraded(page: Page, reason: RegExp): Promise<void> {
  await expect(page.locator(READY)).toBeVisible();
  await expect(page.locator('[data-event-id]')).toHaveCount(EVENT_COUNT);
  await expect(page.getByTestId('error-state')).toHaveCount(0);
  const notice = page.getByTestId('article-notice');
  await expect(notice).toContainText(
    /Quotes from .+, are shown as the dataset gives them; they could not be checked against its text, because it could not be loaded\./,
  );
  await expect(notice).toContainText(reason);

  await page.locator('[data-event-id="release-some-reservists"]').click();
  const detail = page.getByTestId('event-detail');
  await expect(detail.getByTestId('quote').first().locator('blockquote')).toHaveText(
    '“Some of them were returned to Baku”',
  );
  await expect(detail.getByTestId('quotes-unchecked')).toContainText(reason);
  const show = detail.getByRole('button', { name: 'Show in source' }).first();
  await expect(show).toBeDisabled();
  await expect(show).toHaveAccessibleDescription(reason);
  await expect(detail.getByTestId('quote').first()).toContainText('(its text could not be loaded)');
  await expect(page.getByRole('contentinfo')).toContainText(
    'Quotes from sources whose text is not stored or could not be loaded are shown as the dataset gives them, unchecked.',
  );
}

test('a 404 article: the timeline is drawn and the reason is said beside the quotes', async ({
  page,
  problems,
}) => {
  problems.allow(/Failed to load resource.*404/);
  await serveWithArticle(page, { status: 404, contentType: 'text/plain', body: 'not found' });
  await page.goto('/?data=fixtures/degrade/timeline.json');
  await expectDegraded(
    page,
    /Could not load the source text http:\/\/[^ ]+\/fixtures\/degrade\/article\.txt that the quotes point into \(HTTP 404\)\./,
  );
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toStrictEqual([]);
});

test('a host\'s HTML page in the article\'s place is "article not found", not the article', async ({
  page,
}) => {
  await serveWithArticle(page, {
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: '<!doctype html><html><body><div id="root"></div></body></html>',
  });
  await page.goto('/?data=fixtures/degrade/timeline.json');
  await expectDegraded(
    page,
    /\(text not found: the address answered with a web page, not the text\)\./,
  );
  await expect(page.getByTestId('skipped-events')).toHaveCount(0);
});

test('the same HTML page served as text/plain is refused too', async ({ page }) => {
  await serveWithArticle(page, {
    status: 200,
    contentType: 'text/plain',
    body: '\n  <!DOCTYPE html>\n<html lang="en"><head></head></html>',
  });
  await page.goto('/?data=fixtures/degrade/timeline.json');
  await expectDegraded(page, /text not found/);
});

test('a dataset reached through a redirect finds its article beside where it landed', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  // To the bundled dataset, a real file of the server (a redirected request is not routed
  // again), whose article.txt lies beside it in data/, not in fixtures/old/.
  await page.route('**/fixtures/old/timeline.json', (route) =>
    route.fulfill({ status: 302, headers: { location: '/data/timeline.json' } }),
  );
  await page.goto('/?data=fixtures/old/timeline.json&event=release-some-reservists');
  await expect(page.locator(READY)).toBeVisible();
  await expect(page.getByTestId('article-notice')).toHaveCount(0);
  await expect(page.getByTestId('skipped-events')).toHaveCount(0);
  expect(asked).toContain('/data/article.txt');
  expect(asked).not.toContain('/fixtures/old/article.txt');
  await page.getByRole('button', { name: 'Show in source' }).first().click();
  await expect(page.getByTestId('article-highlight')).toHaveText(
    'Some of them were returned to Baku',
  );
});

test('a ?data= longer than 2,000 characters is refused by name, not replaced by the bundled dataset', async ({
  page,
}) => {
  const long = `fixtures/${'a'.repeat(2000)}.json`;
  await page.goto(`/?data=${long}`);
  const error = page.getByTestId('error-state');
  await expect(error).toContainText(
    `The ?data= address is ${long.length.toLocaleString('en')} characters long; the limit is 2,000, so no dataset was loaded`,
  );
  await expect(page.locator('[data-event-id]')).toHaveCount(0);
});

test('"Show in source" on a long article shows a window around the quote, and more on request', async ({
  page,
}) => {
  // The article after 1,000,000 characters of filler, the offsets moved to match.
  const PAD = 1_000_000;
  const shifted = JSON.parse(timeline) as {
    events: { quotes: { start: number; end: number }[] }[];
  };
  for (const event of shifted.events) {
    for (const quote of event.quotes) {
      quote.start += PAD;
      quote.end += PAD;
    }
  }
  await page.route('**/fixtures/long/timeline.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(shifted) }),
  );
  await page.route('**/fixtures/long/article.txt', (route) =>
    route.fulfill({ contentType: 'text/plain', body: `${'.'.repeat(PAD)}${articleText}` }),
  );
  await page.goto('/?data=fixtures/long/timeline.json&event=release-some-reservists');
  await expect(page.locator(READY)).toBeVisible();
  await expect(page.getByTestId('skipped-events')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show in source' }).first().click();
  const dialog = page.getByTestId('article-view');
  await expect(dialog.getByTestId('article-highlight')).toHaveText(
    'Some of them were returned to Baku',
  );
  // The quote starts at 925 of the article, so 3,000 characters before it reach 2,075 into the filler.
  const hidden = PAD + 925 - 3000;
  await expect(dialog.getByTestId('article-cut-before')).toHaveText(
    `… ${hidden.toLocaleString('en')} earlier characters not shown.`,
  );
  await expect(dialog.getByTestId('article-cut-after')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Show more before' }).click();
  await expect(dialog.getByTestId('article-cut-before')).toHaveText(
    `… ${(hidden - 3000).toLocaleString('en')} earlier characters not shown.`,
  );
  const shown = await dialog
    .getByTestId('article-text')
    .evaluate((node) => node.textContent.length);
  expect(shown).toBeLessThan(10_000);
});

test('a large file (checked in a worker) without its article is drawn too, the reason said once', async ({
  page,
  problems,
}) => {
  problems.allow(/Failed to load resource.*404/);
  // About 3 MB: past the size from which the check runs in a worker.
  const EVENTS = 3000;
  const { dataset: big } = generateDataset({ events: EVENTS, seed: 3, articleFile: 'gone.txt' });
  const body = JSON.stringify(big);
  expect(body.length).toBeGreaterThan(1024 * 1024);
  await page.route('**/fixtures/large/big.json', (route) =>
    route.fulfill({ contentType: 'application/json', body }),
  );
  await page.route('**/fixtures/large/gone.txt', (route) =>
    route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
  );
  const worker = page.waitForEvent('worker');
  await page.goto('/?data=fixtures/large/big.json');
  await worker;
  await expect(page.locator(READY)).toBeVisible();
  await expect(page.getByTestId('skipped-events')).toHaveCount(0);
  await expect(page.getByTestId('article-notice')).toContainText(
    /Could not load the source text http:\/\/[^ ]+\/fixtures\/large\/gone\.txt that the quotes point into \(HTTP 404\)\./,
  );
  await expect(page.getByTestId('summary')).toContainText(`${EVENTS.toLocaleString('en')} events`);
});
