import type { Page } from '@playwright/test';
import { expect, openTimeline, readDataset, test } from './fixtures';

const dataset = readDataset();
const allIds = dataset.events.map((e) => e.id).sort();

async function drawnIds(page: Page): Promise<string[]> {
  const ids = await page
    .locator('[data-event-id]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-id') ?? ''));
  return ids.sort();
}

test('unticking "Releases" removes exactly the release marks; URL, reload and Back agree', async ({
  page,
}) => {
  await openTimeline(page);
  await page.getByRole('checkbox', { name: /Releases/ }).uncheck();
  const withoutReleases = dataset.events
    .filter((e) => e.kind !== 'release')
    .map((e) => e.id)
    .sort();
  await expect.poll(() => drawnIds(page)).toEqual(withoutReleases);
  await expect(page).toHaveURL(/kind=capture,sentence,status,statement(&|$)/);
  await expect(page.getByTestId('showing')).toHaveText(
    `Showing ${withoutReleases.length} of 11 events`,
  );

  await page.reload();
  await expect(page.locator('[data-ready="true"]').first()).toBeVisible();
  await expect.poll(() => drawnIds(page)).toEqual(withoutReleases);
  await expect(page.getByRole('checkbox', { name: /Releases/ })).not.toBeChecked();

  await page.goBack();
  await expect.poll(() => drawnIds(page)).toEqual(allIds);
  await expect(page.getByRole('checkbox', { name: /Releases/ })).toBeChecked();
});

test('search "Hadrut" leaves exactly the events whose text mentions it, highlighted in details', async ({
  page,
}) => {
  const mentions = dataset.events
    .filter((e) =>
      [e.title, e.summary, e.place ?? '', ...e.quotes.map((q) => q.text)].some((t) =>
        /hadrut/i.test(t),
      ),
    )
    .map((e) => e.id)
    .sort();
  expect(mentions.length).toBeGreaterThan(0);
  expect(mentions.length).toBeLessThan(dataset.events.length);
  await openTimeline(page);
  await page.getByRole('searchbox', { name: 'Search' }).fill('Hadrut');
  await expect.poll(() => drawnIds(page)).toEqual(mentions);
  await expect(page).toHaveURL(/q=Hadrut/);
  await page.locator(`[data-event-id="${mentions[0] ?? ''}"]`).click();
  await expect(page.getByTestId('event-detail').getByTestId('search-match').first()).toHaveText(
    /hadrut/i,
  );
});

test('brushing the overview narrows the main chart and the URL; zooming moves the brush', async ({
  page,
}) => {
  await openTimeline(page);
  const strip = page.getByTestId('overview').locator('svg');
  const box = await strip.boundingBox();
  if (!box) throw new Error('overview strip not drawn');
  const range = page.getByTestId('visible-range');
  const before = await range.textContent();
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}.*&to=\d{4}-\d{2}-\d{2}/);
  await expect(range).not.toHaveText(before ?? '');
  // The releases announced on the publication day cannot fall in an early window.
  await expect(page.locator('[data-event-id="release-32-armenian-servicemen"]')).toHaveCount(0);
  await expect(page.locator('[data-event-id="capture-near-hadrut-2020-12"]')).toHaveCount(1);

  await page.getByRole('button', { name: 'Whole period' }).click();
  await expect(page).not.toHaveURL(/from=/);
  await expect(page.getByTestId('brush-selection')).toHaveCount(0);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/from=.*&to=/);
  await expect(page.getByTestId('brush-selection')).toHaveCount(1);
});

test('a link with a time window opens on that window and keeps it in the URL', async ({ page }) => {
  await openTimeline(page, '?from=2020-11-01&to=2021-02-01');
  await expect(page.getByTestId('visible-range')).toHaveText(/Nov 2020 – Feb 2021/);
  await expect(page.locator('[data-event-id="capture-near-hadrut-2020-12"]')).toHaveCount(1);
  await expect(page.locator('[data-event-id="release-32-armenian-servicemen"]')).toHaveCount(0);
  // Nothing rewrites the shared window once the chart has drawn.
  await page.waitForTimeout(500);
  expect(new URL(page.url()).search).toBe('?from=2020-11-01&to=2021-02-01');
});

test('garbage parameters load the default view without an error', async ({ page }) => {
  await openTimeline(
    page,
    '?kind=nope&from=xyz&to=&side=%00&source=..&uncertain=maybe&event=<b>&q=',
  );
  await expect.poll(() => drawnIds(page)).toEqual(allIds);
  await expect(page.getByTestId('showing')).toHaveText('Showing 11 of 11 events');
});

test('no match shows an empty state whose button resets the filters', async ({ page }) => {
  await openTimeline(page, '?q=zzzz-nothing');
  await expect(page.getByTestId('empty-state')).toContainText('No events match');
  await page.getByTestId('empty-state').getByRole('button', { name: 'Reset filters' }).click();
  await expect.poll(() => drawnIds(page)).toEqual(allIds);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
});

test('the uncertain-dates toggle keeps only events dated to a precise day', async ({ page }) => {
  await openTimeline(page);
  await page.getByRole('checkbox', { name: /uncertain or not given/ }).uncheck();
  await expect
    .poll(() => drawnIds(page))
    .toEqual(['held-armenians-55-rights-activists', 'held-reservists-26']);
  await expect(page).toHaveURL(/uncertain=hide/);
});

test('"Copy link" copies the current view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openTimeline(page, '?kind=release');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('kind=release');
});
