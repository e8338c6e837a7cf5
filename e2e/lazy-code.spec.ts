import { resolve } from 'node:path';
import { ROOT, expect, openTimeline, test } from './fixtures';

/** The lazily loaded zoom code: d3-zoom's chunk (with d3-transition and d3-drag behind it). */
const ZOOM_CHUNK = /\/assets\/d3-zoom-[\w-]+\.js$/;

test('the page is drawn without the zoom code, which loads when the reader points at the chart; a notch taken before it arrives still zooms', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await openTimeline(page);
  await page.waitForLoadState('networkidle');
  expect(scripts.some((url) => ZOOM_CHUNK.test(url))).toBe(false);

  // Hold the zoom code back until the reader's first notch has been taken.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(ZOOM_CHUNK, async (route) => {
    await held;
    await route.continue();
  });
  const range = page.getByTestId('visible-range');
  const initial = await range.textContent();
  const box = await page.getByTestId('chart').boundingBox();
  if (!box) throw new Error('chart not visible');
  const zoomCode = page.waitForRequest(ZOOM_CHUNK);
  await page.mouse.move(box.x + box.width / 2, box.y + 100);
  await zoomCode;
  await page.mouse.wheel(0, -600);
  await expect(range).toHaveText(initial ?? '');
  // The notch was kept, and is done once the code has arrived.
  release();
  await expect(range).not.toHaveText(initial ?? '');
});

test('a zoom button pressed before anything else loads the zoom code and zooms', async ({
  page,
}) => {
  await openTimeline(page);
  const range = page.getByTestId('visible-range');
  const initial = await range.textContent();
  const zoomCode = page.waitForRequest(ZOOM_CHUNK);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await zoomCode;
  await expect(range).not.toHaveText(initial ?? '');
  await expect(page).toHaveURL(/from=/);
});

test('the single-file build zooms too: its zoom code is inlined, not fetched', async ({ page }) => {
  const file = resolve(ROOT, 'dist-single/index.html');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`file://${file}`);
  await expect(page.locator('[data-testid="timeline"][data-ready="true"]')).toBeVisible();
  const range = page.getByTestId('visible-range');
  const initial = await range.textContent();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(range).not.toHaveText(initial ?? '');
  expect(requests).toEqual([`file://${file}`]);
});
