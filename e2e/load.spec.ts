import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateDataset } from '../scripts/gen-data';
import { expect, test } from './fixtures';

/**
 * Loading large files (issue 6): real progress, a page that keeps answering while a big file is
 * checked (in a worker), and an invalid event halfway through a big file named by its index.
 * The files are generated once per run (gen-data, fixed seed) and served through page.route.
 */
// One directory per Playwright worker process: workers generate at the same time.
const DIR = join(tmpdir(), `custody-timeline-load-${process.pid}`);
const BIG = 100_000;
const BROKEN = 20_000;
const BROKEN_AT = 10_000;

test.beforeAll(() => {
  mkdirSync(DIR, { recursive: true });
  const big = generateDataset({ events: BIG, seed: 1, articleFile: 'big.article.txt' });
  writeFileSync(join(DIR, 'big.json'), JSON.stringify(big.dataset));
  writeFileSync(join(DIR, 'big.article.txt'), big.article);
  const broken = generateDataset({ events: BROKEN, seed: 2, articleFile: 'broken.article.txt' });
  const events = broken.dataset.events.map((event, i) =>
    i === BROKEN_AT ? { ...event, date: '2020-13' } : event,
  );
  writeFileSync(join(DIR, 'broken.json'), JSON.stringify({ ...broken.dataset, events }));
  writeFileSync(join(DIR, 'broken.article.txt'), broken.article);
});

async function serveGenerated(page: Page): Promise<void> {
  await page.route('**/generated/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const contentType = name.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8';
    return route.fulfill({ path: join(DIR, name), contentType });
  });
}

/** Longest wait, in ms, for a task posted to the page's event loop, over `samples` tries. */
async function eventLoopDelay(page: Page, samples: number): Promise<number> {
  let worst = 0;
  for (let i = 0; i < samples; i++) {
    const delay = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            resolve(performance.now() - start);
          };
          channel.port2.postMessage(null);
        }),
    );
    worst = Math.max(worst, delay);
  }
  return worst;
}

test.describe.configure({ timeout: 120_000 });

test('a 100,000-event file shows events checked of the total, and the page keeps answering', async ({
  page,
}) => {
  await serveGenerated(page);
  await page.goto('/?data=generated/big.json');
  const status = page.getByTestId('loading').getByRole('status');
  await expect(status).toContainText(/Checking every event and quote… [\d,]+ of 100,000 events/, {
    timeout: 60_000,
  });
  await expect(page.getByRole('progressbar', { name: 'Checking progress' })).toBeVisible();
  // While the worker checks, the page's own thread is free: each task runs within 200 ms.
  expect(await eventLoopDelay(page, 5)).toBeLessThan(200);
  await expect(page.locator('[data-testid="timeline"][data-ready="true"]')).toBeVisible({
    timeout: 90_000,
  });
});

test('an invalid event halfway through a large file is skipped and named by its index', async ({
  page,
}) => {
  await serveGenerated(page);
  await page.goto('/?data=generated/broken.json');
  await expect(page.locator('[data-testid="timeline"][data-ready="true"]')).toBeVisible({
    timeout: 60_000,
  });
  const skipped = page.getByTestId('skipped-events');
  await expect(skipped).toContainText('1 event was skipped');
  await skipped.locator('summary').click();
  await expect(skipped).toContainText(`Event #${BROKEN_AT}`);
  await expect(skipped).toContainText('date: "2020-13" is not a valid EDTF date');
});

test('a large file that is not JSON quotes the text where it breaks', async ({ page }) => {
  const body = `{"events": [${'{"id": "x"},'.repeat(200_000)} oops]}`;
  await page.route('**/generated/truncated.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  await page.goto('/?data=generated/truncated.json');
  await expect(page.getByTestId('error-state')).toContainText(
    // Chromium's JSON.parse message quotes the text around the fault (it no longer gives offsets).
    /generated\/truncated\.json is not JSON \(SyntaxError: .*"x"\}, oops\]\}/,
  );
});
