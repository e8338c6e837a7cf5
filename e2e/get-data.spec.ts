import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, readDataset, test } from './fixtures';

const EVENTS = readDataset().events.map((e) => e.id);

async function downloadOf(page: Page, name: string): Promise<Download> {
  const download = page.waitForEvent('download');
  // An embed places it where its column has room: only one of its places is shown.
  await page
    .locator('[data-testid="get-data"]:visible')
    .getByRole('button', { name, exact: true })
    .click();
  return download;
}

async function textOf(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8');
}

test.describe('get the data', () => {
  test('full view: the dataset as format 2, TimelineJS and the claims sheet; the JSON and its text open again', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('[data-testid="timeline"][data-ready="true"]')).toBeVisible();
    await page.locator('[data-testid="get-data"]:visible').getByText('Get the data').click();

    const json = await downloadOf(page, 'Dataset (JSON)');
    expect(json.suggestedFilename()).toBe('timeline.json');
    const dataset = JSON.parse(await textOf(json)) as { format: number; events: { id: string }[] };
    expect(dataset.format).toBe(2);
    expect(dataset.events.map((e) => e.id)).toStrictEqual(EVENTS);

    const tjs = await downloadOf(page, 'TimelineJS (JSON)');
    const slides = JSON.parse(await textOf(tjs)) as { events: { unique_id: string }[] };
    expect(slides.events.map((e) => e.unique_id)).toStrictEqual(EVENTS);

    const claims = await downloadOf(page, 'claims.csv');
    expect((await textOf(claims)).split('\n')[0]).toMatch(/^event,kind,date,title,summary,/);

    const text = await downloadOf(page, 'western-armenia.txt');
    await page.getByTestId('open-file-input').setInputFiles([
      {
        name: 'timeline.json',
        mimeType: 'application/json',
        buffer: readFileSync(await json.path()),
      },
      {
        name: text.suggestedFilename(),
        mimeType: 'text/plain',
        buffer: readFileSync(await text.path()),
      },
    ]);
    await expect(page).toHaveURL(/[?&]data=local/);
    await expect(page.locator('[data-event-id]')).toHaveCount(EVENTS.length);
    // Opened with its text, the quotes are checked again: no notice of unchecked quotes.
    await expect(page.getByTestId('article-notice')).toHaveCount(0);
    await expect(page.getByTestId('open-file-report')).toHaveText(
      /^Showing timeline\.json, western-armenia\.txt\./,
    );
  });

  test('an embed offers the data too, in a narrow column as in a wide one', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/?mode=embed');
    await expect(page.locator('[data-testid="timeline"][data-ready="true"]')).toBeVisible();
    await expect(page.locator('[data-testid="get-data"]:visible')).toHaveCount(1);
    await page.setViewportSize({ width: 1000, height: 800 });
    await expect(page.locator('[data-testid="get-data"]:visible')).toHaveCount(1);
    await expect(page.locator('[data-testid="timeline"][data-ready="true"]')).toBeVisible();
    await page.locator('[data-testid="get-data"]:visible').getByText('Get the data').click();
    const tjs = await downloadOf(page, 'TimelineJS (JSON)');
    expect(tjs.suggestedFilename()).toBe('timelinejs.json');
    const slides = JSON.parse(await textOf(tjs)) as { events: unknown[] };
    expect(slides.events).toHaveLength(EVENTS.length);
  });
});
