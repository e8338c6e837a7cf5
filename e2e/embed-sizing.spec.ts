import type { Page } from '@playwright/test';
import { EMBED_WIDTHS } from '../src/features/embed/embed-snippet';
import { expect, test } from './fixtures';

interface ResizeRecord {
  readonly origin: string;
  readonly data: { readonly type: string; readonly height: number };
}

interface LayoutShift {
  readonly value: number;
  readonly hadRecentInput: boolean;
}

declare global {
  interface Window {
    /** Filled by the host page (e2e/host-server.ts) with every message it receives. */
    resizeMessages: ResizeRecord[];
    /** Filled by the host page with every layout-shift entry, from its first byte. */
    layoutShifts: LayoutShift[];
  }
}

// The same ports as playwright.config.ts (E2E_PORT lets parallel runs use their own).
const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
const HOST = `http://127.0.0.1:${APP_PORT + 1}`;
const APP = `http://127.0.0.1:${APP_PORT}`;

function articleUrl(at: 'top' | 'below', query = ''): string {
  return `${HOST}/article?at=${at}&embed=${encodeURIComponent(`${APP}/?mode=embed${query}`)}`;
}

const records = (page: Page) =>
  page.evaluate(() => ({
    heights: window.resizeMessages.map((m) => m.data.height),
    shifts: window.layoutShifts,
  }));

const frameHeight = (page: Page) =>
  page.locator('iframe').evaluate((frame) => frame.getBoundingClientRect().height);

/** The embedded document's height, measured inside the frame as the app measures it. */
async function documentHeight(page: Page): Promise<number> {
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-ready="true"]')).toBeAttached();
  return frame.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
}

/** Two host frames: layout-shift entries of the last layout have been delivered. */
const nextFrames = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            resolve();
          });
        });
      }),
  );

const cls = (shifts: readonly LayoutShift[]) =>
  shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);

test('an embed 2,000 px below the fold gets its full height without being scrolled to', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto(articleUrl('below'));
  const height = await documentHeight(page);
  // The browser renders nothing of an off-screen cross-origin frame: only a height posted from
  // the render itself gets here.
  await expect.poll(() => frameHeight(page)).toBe(height);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const { heights } = await records(page);
  expect(heights.length).toBeGreaterThan(0);
  // No loading-screen height first, and nothing smaller after the first height.
  const [first = 0] = heights;
  expect(first).toBe(height);
  expect(heights.filter((h) => h < first)).toEqual([]);
});

test('an embed whose dataset fails posts the height of its error, below the fold too', async ({
  page,
  problems,
}) => {
  problems.allow(/Failed to load resource/);
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto(articleUrl('below', '&data=missing.json'));
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('error-state')).toBeAttached();
  const height = await frame
    .locator('body')
    .evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
  expect(height).toBeLessThan(930);
  await expect.poll(() => frameHeight(page)).toBe(height);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

const PLACES = { top: 'at the top', below: '2,000 px below the fold' } as const;

for (const at of ['top', 'below'] as const) {
  for (const width of [360, 640, 1000]) {
    test(`host layout shifts with the embed ${PLACES[at]}, ${width} px wide`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(articleUrl(at));
      const height = await documentHeight(page);
      await expect.poll(() => frameHeight(page)).toBe(height);
      // The snippet reserves the default view's real height for this column, so nothing moves.
      const reserved = Object.values(EMBED_WIDTHS).find((w) => width < w.below)?.height;
      expect(height, 'the height the Embed snippet reserves at this width').toBe(reserved);
      await nextFrames(page);
      const loaded = await records(page);
      // A reader meets a frame below the fold by scrolling to it.
      await page.locator('iframe').evaluate((frame) => {
        frame.scrollIntoView({ block: 'start' });
      });
      await nextFrames(page);
      const read = await records(page);
      const figures = `host CLS ${cls(loaded.shifts).toFixed(3)} after load, ${cls(read.shifts).toFixed(3)} after scrolling to the embed; resize messages: ${read.heights.join(', ')}; document ${height} px`;
      console.log(`embed ${PLACES[at]}, ${width} px: ${figures}`);
      test.info().annotations.push({ type: 'layout shift', description: figures });
      // The height changes once, to the content's, and never again: the host moves at most once.
      const changes = read.heights.filter((h, i) => i === 0 || h !== read.heights[i - 1]);
      expect(changes).toEqual([height]);
    });
  }
}
