import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  expect,
  openTimeline,
  readDataset,
  readFixture,
  ROOT,
  serveDataset,
  test,
} from './fixtures';
import { formatDay } from '../src/domain/format';

const dataset = readDataset();

interface ResizeRecord {
  readonly origin: string;
  readonly data: { readonly type: string; readonly height: number };
}

declare global {
  interface Window {
    /** Filled by the host page below with every message it receives. */
    resizeMessages: ResizeRecord[];
  }
}
/** e2e/host-server.ts: another origin (another port) serving a newsroom page. */
// The same ports as playwright.config.ts (E2E_PORT lets parallel runs use their own).
const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
const HOST = `http://127.0.0.1:${APP_PORT + 1}`;
const APP = `http://127.0.0.1:${APP_PORT}`;

/** The host page (e2e/host-server.ts) with the snippet for this embed URL. */
function hostUrl(embedUrl: string): string {
  return `${HOST}/article?embed=${encodeURIComponent(embedUrl)}`;
}

test.describe('embed', () => {
  test('a host page on another origin gets resize messages and the iframe fits its content', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(hostUrl(`${APP}/?mode=embed&kind=capture,release`));
    // The snippet's iframe is loading="lazy": it loads when scrolled near.
    await page.locator('iframe').scrollIntoViewIfNeeded();
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('[data-ready="true"]')).toBeVisible();
    await expect(frame.locator('[data-event-id]')).toHaveCount(
      dataset.events.filter((e) => e.kind === 'capture' || e.kind === 'release').length,
    );
    await expect
      .poll(() =>
        page.evaluate(
          () => (window as unknown as { resizeMessages: unknown[] }).resizeMessages.length,
        ),
      )
      .toBeGreaterThan(0);
    const message = await page.evaluate(() => {
      const list = (
        window as unknown as {
          resizeMessages: { origin: string; data: { type: string; height: number } }[];
        }
      ).resizeMessages;
      return list[list.length - 1];
    });
    expect(message?.origin).toBe(APP);
    expect(message?.data.type).toBe('custody-timeline:resize');
    const content = await frame
      .locator('body')
      .evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
    await expect
      .poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height))
      .toBe(content);
    expect(content).toBe(message?.data.height);
  });

  test('Ctrl + wheel zooms the embedded chart; a plain wheel scrolls the host page', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(hostUrl(`${APP}/?mode=embed`));
    // The snippet's iframe is loading="lazy": it loads when scrolled near.
    await page.locator('iframe').scrollIntoViewIfNeeded();
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('[data-ready="true"]')).toBeVisible();
    await page.locator('iframe').scrollIntoViewIfNeeded();
    const chart = frame.getByTestId('chart');
    const range = frame.getByTestId('visible-range');
    const initial = await range.textContent();
    const box = await chart.boundingBox();
    if (!box) throw new Error('chart not visible');
    await page.mouse.move(box.x + box.width / 2, box.y + 60);

    // Ctrl/⌘ + wheel (and trackpad pinch, which arrives as one) zooms the chart...
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    await expect(range).not.toHaveText(initial ?? '');
    const zoomed = await range.textContent();

    // ...a plain wheel is the host page's: it scrolls the page and leaves the chart alone.
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
    await expect(range).toHaveText(zoomed ?? '');
  });

  test('embed at 360 px: compact chrome, source line and an "Open full view" link with the state', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await openTimeline(page, '?mode=embed&q=Hadrut');
    await expect(page.getByTestId('source-line')).toContainText('Western Armenia');
    const link = page.getByRole('link', { name: 'Open full view' });
    await expect(link).toHaveAttribute('href', /q=Hadrut/);
    await expect(link).not.toHaveAttribute('href', /mode=embed/);
    await page.screenshot({ path: test.info().outputPath('embed-360.png'), fullPage: true });
  });

  test('the Embed dialog offers a titled, lazy iframe snippet for the current view', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openTimeline(page, '?kind=release');
    await page.getByRole('button', { name: 'Embed' }).click();
    const snippet = page.getByRole('textbox', { name: 'HTML snippet' });
    await expect(snippet).toHaveValue(/mode=embed/);
    await expect(snippet).toHaveValue(/kind=release/);
    await expect(snippet).toHaveValue(/title="custody-timeline/);
    await expect(snippet).toHaveValue(/loading="lazy"/);
    await expect(snippet).toHaveValue(/allow-popups-to-escape-sandbox/);
    // The reservation follows the chosen column width; the dialog says what it means without
    // the script.
    await expect(snippet).toHaveValue(/height="1188"/);
    await page.getByLabel('Width of the column on your page').selectOption('narrow');
    await expect(snippet).toHaveValue(/height="1172"/);
    await expect(page.getByTestId('embed-stripped-script')).toHaveText(
      'If your CMS removes the script, the frame keeps that starting height (1172 px) and scrolls inside when its content is taller.',
    );
    await page.getByRole('button', { name: 'Copy snippet' }).click();
    await expect(page.getByText('Snippet copied')).toBeVisible();
  });
});

test.describe('skipped events in embed and present', () => {
  for (const mode of ['embed', 'present'] as const) {
    test(`${mode}: a compact line says one event could not be shown, and opens the list`, async ({
      page,
    }) => {
      await serveDataset(page, '/fixtures/one-broken.json', readFixture('one-broken.json'));
      await page.route('**/fixtures/article.txt', (route) =>
        route.fulfill({ path: 'data/article.txt' }),
      );
      await openTimeline(page, `?mode=${mode}&data=fixtures/one-broken.json`);
      const skipped = page.getByTestId('skipped-events');
      const line = skipped.getByText('1 event in the file could not be shown', { exact: true });
      await expect(line).toBeVisible();
      await expect(skipped.getByText('date: "2020-13" is not a valid EDTF date')).toBeHidden();
      await line.click();
      await expect(skipped).toContainText('“capture-near-hadrut-2020-12”');
      await expect(skipped.getByText(/date: "2020-13" is not a valid EDTF date/)).toBeVisible();
    });
  }
});

test.describe('present', () => {
  test('clicker keys step from the opening through events in time order to the closing, the step in the URL', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openTimeline(page, '?mode=present');
    const progress = page.getByTestId('progress');
    const caption = page.getByTestId('step-caption');
    await expect(progress).toHaveText('Opening');
    await expect(page).not.toHaveURL(/step=/);
    await page.keyboard.press('PageDown');
    await expect(progress).toHaveText(`1 / ${dataset.events.length}`);
    await expect(page).toHaveURL(/step=1/);
    await expect(caption).toContainText('Captured near Hadrut, December 2020');
    await page.keyboard.press('PageDown');
    await expect(progress).toHaveText(`2 / ${dataset.events.length}`);
    await expect(page).toHaveURL(/step=2/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    await expect(progress).toHaveText(`4 / ${dataset.events.length}`);
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/step=3/);
    await page.keyboard.press('End');
    await expect(progress).toHaveText('Closing');
    await page.keyboard.press('PageUp');
    await expect(progress).toHaveText(`${dataset.events.length} / ${dataset.events.length}`);
    await page.keyboard.press('Home');
    await expect(progress).toHaveText('Opening');
    await page.goto('/?mode=present&step=4');
    await expect(progress).toHaveText(`4 / ${dataset.events.length}`);
    await expect(page.locator('[data-event-id][aria-pressed="true"]')).toHaveCount(1);
    await page.screenshot({ path: test.info().outputPath('present-1920.png') });
  });

  test('F toggles fullscreen', async ({ page }) => {
    await openTimeline(page, '?mode=present&theme=projector');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  });

  test('a briefing.json beside the dataset sets the order and captions', async ({ page }) => {
    const briefing = {
      title: 'Releases first',
      steps: [
        { event: 'release-32-armenian-servicemen', caption: 'The headline release' },
        { event: 'joint-statement' },
        { event: 'not-an-event' },
      ],
    };
    await page.route('**/data/briefing.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(briefing) }),
    );
    await openTimeline(page, '?mode=present&step=1');
    await expect(page.getByTestId('progress')).toHaveText('1 / 2');
    await expect(page.getByTestId('step-caption')).toContainText('The headline release');
    await expect(
      page.getByText('Skipped briefing steps whose event is not shown: not-an-event'),
    ).toBeVisible();
  });
});

test.describe('export and print', () => {
  test('"Download PNG" is a valid PNG at twice the size of the export', async ({ page }) => {
    await openTimeline(page);
    const chart = page.getByTestId('chart');
    const width = Number(await chart.getAttribute('width'));
    const height = Number(await chart.getAttribute('height'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('custody-timeline.png');
    const file = test.info().outputPath('export.png');
    await download.saveAs(file);
    const png = readFileSync(file);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(width * 2);
    // Header, legend and footer around the chart (their layout: export-svg.test.ts).
    const [svgFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const svg = readFileSync(await svgFile.path(), 'utf8');
    const svgHeight = Number(/<svg[^>]* height="([\d.]+)"/.exec(svg)?.[1]);
    expect(svgHeight).toBeGreaterThan(height);
    expect(png.readUInt32BE(20)).toBe(svgHeight * 2);
  });

  test('"Download SVG" parses, resolves theme colours and carries title, legend and source', async ({
    page,
  }) => {
    await openTimeline(page, '?dark=on');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const file = test.info().outputPath('export.svg');
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('var(--');
    const parsed = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        marks: doc.querySelectorAll('[data-event-id]').length,
        text: doc.documentElement.textContent,
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.marks).toBe(dataset.events.length);
    expect(parsed.text).toContain(dataset.title);
    expect(parsed.text).toContain('Western Armenia');
    expect(parsed.text).toContain('Captures & arrests');
    expect(parsed.text).toContain(`dataset derived ${formatDay(dataset.derived)}`);
  });

  test('print: landscape pages with the chart, the event table and the source', async ({
    page,
  }) => {
    await openTimeline(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('event-table')).toBeVisible();
    await expect(page.getByTestId('filter-panel')).toBeHidden();
    await expect(page.getByTestId('event-table').locator('tbody tr')).toHaveCount(
      dataset.events.length,
    );
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    writeFileSync(test.info().outputPath('print.pdf'), pdf);
    // The chart across the first page, the table with every quote after it (print-layout.spec.ts).
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: test.info().outputPath('print-preview.png'), fullPage: true });
  });
});

test('the single-file build opens from file:// with every event and no other request', async ({
  page,
}) => {
  const file = resolve(ROOT, 'dist-single/index.html');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`file://${file}`);
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await expect(page.locator('[data-event-id]')).toHaveCount(dataset.events.length);
  // The stored texts are inlined too: every quote checked, none marked unchecked.
  await expect(page.getByTestId('article-notice')).toHaveCount(0);
  await page.locator('[data-event-id="joint-statement"]').click();
  await expect(page.getByTestId('event-detail')).toBeVisible();
  await expect(page.getByTestId('quotes-unchecked')).toHaveCount(0);
  expect(requests).toEqual([`file://${file}`]);
});
