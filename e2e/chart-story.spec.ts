import type { Locator, Page } from '@playwright/test';
import { expect, openTimeline, readDataset, test } from './fixtures';

const mark = (id: string) => `[data-event-id="${id}"]`;
const RESERVISTS = 'reservists-hin-tagher-khtsaberd';

/** The horizontal centre of an element on the page, in px. */
async function centreX(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not drawn');
  return box.x + box.width / 2;
}

/** Page x of the publication line (8 December 2023) and the width of one day there, in px. */
async function publicationDay(page: Page): Promise<{ x: number; day: number }> {
  const line = page.getByTestId('publication-line').locator('line');
  const x = await centreX(line);
  // Two year ticks a known number of days apart give the scale: 2022 → 2023 is 365 days.
  const ticks = page.getByTestId('time-axis').locator('text');
  const labels = await ticks.allTextContents();
  const from = labels.indexOf('2022');
  const to = labels.indexOf('2023');
  expect(from, `year ticks in ${labels.join(', ')}`).toBeGreaterThanOrEqual(0);
  const span = (await centreX(ticks.nth(to))) - (await centreX(ticks.nth(from)));
  return { x, day: span / 365 };
}

test.describe('the chart tells the story right, at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('no undated report stands in the day column of its window’s end unless marked undated', async ({
    page,
  }) => {
    await openTimeline(page);
    const { x, day } = await publicationDay(page);
    expect(day).toBeGreaterThan(0);
    const openStart = readDataset().events.filter((event) => event.window.start === null);
    expect(openStart.length).toBeGreaterThan(0);
    for (const event of openStart) {
      const glyph = page.locator(`${mark(event.id)} path`).first();
      const cx = await centreX(glyph);
      // Not in the day column of its window's end: it is in the "Date not given" column.
      expect(Math.abs(cx - x)).toBeGreaterThan(day / 2);
      await expect(page.locator(mark(event.id))).toHaveAttribute('data-undated', 'true');
      expect(cx).toBeGreaterThan(x + day);
      await expect(page.locator(mark(event.id))).toHaveAccessibleName(
        /Date: date not given; on or before 8 December 2023\./,
      );
    }
    await expect(page.getByTestId('undated-column')).toContainText('Date not given');
    await expect(page.getByTestId('legend-undated')).toBeVisible();
  });

  test('the time axis is at the top of the chart, within the first screen, and stays in view', async ({
    page,
  }) => {
    await openTimeline(page);
    const label = page.getByTestId('time-axis').locator('text').first();
    const box = await label.boundingBox();
    if (!box) throw new Error('no axis label');
    // Leaves room for a strip of key facts (about 100 px) above the chart.
    expect(box.y + box.height).toBeLessThan(800 - 150);
    const chart = await page.getByTestId('chart').boundingBox();
    if (!chart) throw new Error('no chart');
    expect(box.y).toBeLessThan(chart.y + 60);
    // Scrolled so the chart's top is gone, the sticky copy of the axis is at the top of the view.
    await page.evaluate((top) => {
      window.scrollTo(0, top);
    }, chart.y + 200);
    const sticky = page.getByTestId('sticky-axis').locator('svg');
    await expect(page.getByTestId('sticky-axis')).toHaveAttribute('aria-hidden', 'true');
    await expect(page.getByTestId('sticky-axis')).toHaveAttribute('data-export', 'omit');
    await expect.poll(async () => (await sticky.boundingBox())?.y ?? Number.NaN).toBeLessThan(1);
  });

  test('selecting the 64 reservists draws their thread: quoted and inferred links, counts, note', async ({
    page,
  }) => {
    await openTimeline(page);
    await page.locator(mark('capture-hin-tagher-khtsaberd-64')).click();
    const thread = page.locator(`[data-thread="${RESERVISTS}"]`);
    await expect(thread).toHaveCount(1);
    await expect(thread.locator('path[data-basis="quote"]')).toHaveCount(3);
    await expect(thread.locator('path[data-basis="inference"]')).toHaveCount(1);
    await expect(thread.locator('path[data-basis="inference"]')).toHaveAttribute(
      'stroke-dasharray',
      /\d/,
    );
    await expect(thread).toContainText('inferred');
    for (const [id, text] of [
      ['capture-hin-tagher-khtsaberd-64', '64'],
      ['release-some-reservists', 'some'],
      ['held-reservists-26', '26'],
    ] as const) {
      await expect(thread.locator(`[data-thread-count="${id}"]`)).toHaveText(text);
    }
    // The note opens from the keyboard, and Escape hands focus back to its marker.
    const marker = thread.locator(`[data-thread-note="${RESERVISTS}"]`);
    await marker.focus();
    await page.keyboard.press('Enter');
    const note = page.getByRole('dialog', { name: /Note on The 64 reservists/ });
    await expect(note).toContainText('The figures do not add up to 64');
    await page.keyboard.press('Escape');
    await expect(note).toHaveCount(0);
    await expect(marker).toBeFocused();
  });
});

test.describe('on a phone, 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the key is folded into “How to read this” and the undated column is below the plot', async ({
    page,
  }) => {
    await openTimeline(page);
    const legend = page.getByTestId('legend');
    await expect(legend).not.toHaveAttribute('open', /.*/);
    await expect(legend.getByText('How to read this')).toBeVisible();
    await expect(page.getByTestId('legend-undated')).toBeHidden();
    await legend.getByText('How to read this').click();
    await expect(page.getByTestId('legend-undated')).toBeVisible();
    await expect(page.getByTestId('undated-column')).toHaveAttribute('data-placement', 'below');
  });
});
