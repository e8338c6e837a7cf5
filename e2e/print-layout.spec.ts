import { writeFileSync } from 'node:fs';
import { expect, openTimeline, readDataset, test } from './fixtures';
import { pdfPages, pdfText, squash } from './print-pdf';

const dataset = readDataset();
const SELECTED = 'capture-hin-tagher-khtsaberd-64';

test.use({ viewport: { width: 1280, height: 800 } });

test('print gives the chart the page width, not a column beside the table', async ({ page }) => {
  await openTimeline(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('event-table')).toBeVisible();
  // The page's printable width: the header spans it, between the page's margins.
  const printable = (await page.getByRole('banner').boundingBox())?.width ?? 0;
  const chart = page.getByTestId('chart');
  const box = await chart.boundingBox();
  // What is drawn in that box: the viewBox scaled to fit it whole.
  const [, , vbWidth = 0, vbHeight = 1] = ((await chart.getAttribute('viewBox')) ?? '')
    .split(' ')
    .map(Number);
  const drawn = Math.min(box?.width ?? 0, ((box?.height ?? 0) * vbWidth) / vbHeight);
  expect(printable).toBeGreaterThan(0);
  expect((box?.width ?? 0) / printable).toBeGreaterThanOrEqual(0.9);
  expect(drawn / printable).toBeGreaterThanOrEqual(0.9);
  await page.screenshot({ path: test.info().outputPath('print-1280.png'), fullPage: true });
});

test('the first printed page has the title, the key and the whole chart', async ({ page }) => {
  await openTimeline(page);
  await page.emulateMedia({ media: 'print' });
  const ticks = await page
    .locator('[data-testid="chart"] text')
    .evaluateAll((nodes) => nodes.map((node) => node.textContent.trim()));
  const [first = ''] = await pdfPages(await page.pdf({ format: 'A4', landscape: true }));
  expect(first).toContain(squash(await page.locator('h1').innerText()));
  expect(first).toContain(squash('area = number of people'));
  // Every text the chart draws, its last lane and its axis included.
  for (const text of ticks) expect(first).toContain(squash(text));
});

test('the printed table gives every event each quote with who says it', async ({ page }) => {
  await openTimeline(page);
  await page.emulateMedia({ media: 'print' });
  const rows = page.getByTestId('event-table').locator('tbody tr');
  await expect(rows).toHaveCount(dataset.events.length);
  for (const [i, event] of dataset.events.entries()) {
    const cell = rows.nth(i).getByTestId('table-quotes');
    await expect(cell).toBeVisible();
    for (const claim of event.claims) {
      await expect(cell).toContainText(claim.quote.exact);
      await expect(cell).toContainText(claim.attributionLabel);
    }
  }
});

test('the selected event’s details and quotes are in the print', async ({ page }) => {
  const event = dataset.events.find((e) => e.id === SELECTED);
  if (!event) throw new Error(`no event ${SELECTED}`);
  await openTimeline(page, `?event=${SELECTED}`);
  await page.emulateMedia({ media: 'print' });
  const details = page.getByTestId('event-detail');
  await expect(details).toBeVisible();
  await expect(details).toContainText(event.title);
  for (const claim of event.claims) await expect(details).toContainText(claim.quote.exact);
  // Paper has nothing to close.
  await expect(details.getByRole('button', { name: 'Close' })).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('print-selected.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', landscape: true });
  writeFileSync(test.info().outputPath('print.pdf'), pdf);
  const text = await pdfText(pdf);
  for (const claim of event.claims) expect(text).toContain(squash(claim.quote.exact));
  expect(text).toContain(squash(event.summary));
});
