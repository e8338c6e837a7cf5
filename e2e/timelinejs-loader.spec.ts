import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toTimelineJson } from '../src/data/import/to-timelinejs';
import { ROOT, expect, readDataset, test } from './fixtures';

/**
 * Our TimelineJS export, read by TimelineJS itself (@knight-lab/timelinejs, its built script and
 * style from node_modules) in Chromium with no network: every request the page makes is answered
 * here or refused, and the test fails on any it did not expect. TimelineJS draws one slide per
 * event and one for the title.
 */
const DIST = join(ROOT, 'node_modules/@knight-lab/timelinejs/dist');
/** A path of the app's own origin that the app never serves: the route answers it. */
const BASE = '/__timelinejs/';

const PAGE = (data: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>TimelineJS reads our export</title>
<link rel="stylesheet" href="css/timeline.css">
<script src="js/timeline.js"></script>
</head>
<body>
<div id="timeline-embed" style="width: 100%; height: 600px"></div>
<script>
  const data = ${data.replace(/</g, '\\u003c')};
  const timeline = new TL.Timeline('timeline-embed', data, {
    script_path: new URL('js/', location.href).href,
    // The default font set is Google's: a third-party request. The page's own fonts will do.
    font: null,
  });
  timeline.on('loaded', () => { document.body.dataset.tlLoaded = 'true'; });
</script>
</body>
</html>`;

const TYPES: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  woff: 'font/woff',
  woff2: 'font/woff2',
  svg: 'image/svg+xml',
};

/** The page, or a file of TimelineJS's dist folder (its script, style, fonts). */
function fileOf(path: string, json: string): { body: string | Buffer; type: string } | null {
  if (path === 'index.html') return { body: PAGE(json), type: 'text/html' };
  const file = join(DIST, path);
  if (path.includes('..') || !existsSync(file)) return null;
  const type = TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
  return { body: readFileSync(file), type };
}

test('TimelineJS draws a slide for each exported event, and one for the title', async ({
  page,
}) => {
  const dataset = readDataset();
  const json = toTimelineJson(dataset);
  const served: string[] = [];
  const refused: string[] = [];
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const file = url.pathname.startsWith(BASE)
      ? fileOf(url.pathname.slice(BASE.length), json)
      : null;
    if (file) served.push(url.pathname.slice(BASE.length));
    if (!file) {
      refused.push(route.request().url());
      await route.abort('blockedbyclient');
      return;
    }
    await route.fulfill({ status: 200, contentType: file.type, body: file.body });
  });

  await page.goto(`${BASE}index.html`);
  await expect(page.locator('body[data-tl-loaded="true"]')).toHaveCount(1);
  const slides = page.locator('#timeline-embed .tl-slide');
  await expect(slides).toHaveCount(dataset.events.length + 1);
  const title = page.locator('#timeline-embed .tl-slide-titleslide');
  await expect(title).toHaveCount(1);
  // Escaped for TimelineJS's HTML, it reads as the dataset wrote it.
  await expect(title.locator('.tl-headline')).toHaveText(dataset.title);
  await expect(page.locator('#timeline-embed .tl-timemarker')).toHaveCount(dataset.events.length);
  expect(refused).toStrictEqual([]);
  expect(served).toContain('js/timeline.js');
});
