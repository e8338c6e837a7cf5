import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateDataset } from '../scripts/synthetic-dataset';
import { expect, test } from './fixtures';

/**
 * Loading large files: real progress while a big file is checked (in a worker), and an invalid
 * event halfway through a big file named by its index. The files are generated once per run (gen-data, fixed seed) and served through page.route.
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

test.describe.configure({ timeout: 120_000 });

test('a 100,000-event file shows events checked of the total while it is checked, then draws', async ({
  page,
}) => {
  await serveGenerated(page);
  await page.goto('/?data=generated/big.json');
  const status = page.getByTestId('loading').getByRole('status');
  await expect(status).toContainText(/Checking every event and quote… [\d,]+ of 100,000 events/, {
    timeout: 60_000,
  });
  await expect(page.getByRole('progressbar', { name: 'Checking progress' })).toBeVisible();
  // How long the page's own thread is blocked meanwhile is a figure, not a pass/fail here: it
  // depends on the machine. `npm run bench` measures it against its target.
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
