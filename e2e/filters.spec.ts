import type { Page } from '@playwright/test';
import { expect, openTimeline, readDataset, test } from './fixtures';

const dataset = readDataset();
const allIds = dataset.events.map((e) => e.id).sort();

interface HistoryWrite {
  readonly mode: 'push' | 'replace';
  readonly search: string;
}

/** Every pushState/replaceState since the page's first script, recorded by an init script. */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const writes: { mode: string; search: string }[] = [];
    Object.defineProperty(window, '__historyWrites', { value: writes });
    const pushState = history.pushState.bind(history);
    const replaceState = history.replaceState.bind(history);
    history.pushState = (...args: Parameters<History['pushState']>) => {
      pushState(...args);
      writes.push({ mode: 'push', search: location.search });
    };
    history.replaceState = (...args: Parameters<History['replaceState']>) => {
      replaceState(...args);
      writes.push({ mode: 'replace', search: location.search });
    };
  });
});

async function historyWrites(page: Page): Promise<HistoryWrite[]> {
  return page.evaluate(() => {
    const writes: unknown = Reflect.get(window, '__historyWrites');
    return Array.isArray(writes) ? (writes as HistoryWrite[]) : [];
  });
}

/** Resolves once the page has rendered the frame after this call (a signal, not a sleep). */
async function afterNextFrame(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            resolve();
          };
          channel.port2.postMessage(null);
        });
      }),
  );
}

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
      [e.title, e.summary, e.place ?? '', ...e.claims.map((c) => c.quote.exact)].some((t) =>
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
  // The panel grows with the dataset's filters (sources, cohorts): the strip may sit below the
  // fold, where a pointer cannot reach it.
  await strip.scrollIntoViewIfNeeded();
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

/** Opens a link with a time window and waits until the chart says it shows that window. */
async function openWindow(page: Page, search: string, visible: string | RegExp): Promise<void> {
  await openTimeline(page, search);
  await expect(page.getByTestId('visible-range')).toHaveText(visible);
}

test('a link with a time window opens on that window and keeps it in the URL', async ({ page }) => {
  await openWindow(page, '?from=2020-11-01&to=2021-02-01', /Nov 2020 – Jan 2021/);
  await expect(page.locator('[data-event-id="capture-near-hadrut-2020-12"]')).toHaveCount(1);
  await expect(page.locator('[data-event-id="release-32-armenian-servicemen"]')).toHaveCount(0);
  // Nothing rewrites the shared window: opening a link only reads the URL. Every history write
  // since the first script ran is counted, up to the frame after the chart drew that window.
  await afterNextFrame(page);
  expect(await historyWrites(page)).toEqual([]);
  expect(new URL(page.url()).search).toBe('?from=2020-11-01&to=2021-02-01');
});

test('a window wider than the data shows exactly that window, every event in it drawn', async ({
  page,
}) => {
  await openWindow(page, '?from=2020-01-01&to=2024-01-01', 'Visible: Jan 2020 – Dec 2023');
  await expect(page.getByTestId('showing')).toHaveText('Showing 11 of 11 events');
  await expect.poll(() => drawnIds(page)).toEqual(allIds);
  // The 8 December 2023 release lies inside the plot, not past its right edge.
  const chart = await page.getByTestId('chart').boundingBox();
  const release = await page
    .locator('[data-event-id="release-32-armenian-servicemen"]')
    .boundingBox();
  if (!chart || !release) throw new Error('chart or release mark not drawn');
  expect(release.x).toBeGreaterThanOrEqual(chart.x);
  expect(release.x + release.width).toBeLessThanOrEqual(chart.x + chart.width);
  // The view is not the unzoomed one, so it can be reset; the From/To fields name the same days.
  await expect(page.getByRole('button', { name: 'Reset zoom' })).toBeEnabled();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2020-01-01');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2023-12-31');
  await afterNextFrame(page);
  expect(new URL(page.url()).search).toBe('?from=2020-01-01&to=2024-01-01');
});

test('"Zoom in" on a window far wider than the data narrows it about its middle', async ({
  page,
}) => {
  await openWindow(page, '?from=2010-01-01&to=2030-01-01', 'Visible: Jan 2010 – Dec 2029');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).not.toHaveURL(/from=2010-01-01&to=2030-01-01/);
  const url = new URL(page.url());
  const from = Date.parse(url.searchParams.get('from') ?? '');
  const to = Date.parse(url.searchParams.get('to') ?? '');
  // One press scales by 1.6 about the middle (1 Jan 2020), not back to the data's own span.
  const middle = Date.UTC(2020, 0, 1);
  expect(Math.abs((from + to) / 2 - middle)).toBeLessThan(86_400_000);
  expect((to - from) / (Date.UTC(2030, 0, 1) - Date.UTC(2010, 0, 1))).toBeCloseTo(1 / 1.6, 2);
});

test('typing From before the data widens the view to that day', async ({ page }) => {
  await openTimeline(page, '?from=2020-11-01&to=2024-01-01');
  await page.getByLabel('From', { exact: true }).fill('2019-01-01');
  await expect(page).toHaveURL(/from=2019-01-01&to=2024-01-01/);
  await expect(page.getByTestId('visible-range')).toHaveText('Visible: Jan 2019 – Dec 2023');
  await expect.poll(() => drawnIds(page)).toEqual(allIds);
});

test('the zoom buttons refine the current history entry instead of adding Back steps', async ({
  page,
}) => {
  await openTimeline(page);
  const length = await page.evaluate(() => history.length);
  const range = page.getByTestId('visible-range');
  for (let i = 0; i < 3; i++) {
    const before = await range.textContent();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(range).not.toHaveText(before ?? '');
    await expect(page).toHaveURL(/from=.*&to=/);
  }
  const zoomed = new URL(page.url()).search;
  expect(await page.evaluate(() => history.length)).toBe(length);
  expect((await historyWrites(page)).map((w) => w.mode)).toEqual(['replace', 'replace', 'replace']);
  // A deliberate filter change after the zooms is still one Back step, back to the zoomed view.
  await page.getByRole('checkbox', { name: /Releases/ }).uncheck();
  await expect(page).toHaveURL(/kind=/);
  expect(await page.evaluate(() => history.length)).toBe(length + 1);
  await page.goBack();
  await expect(page).toHaveURL(zoomed);
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
