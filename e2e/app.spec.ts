import { expect, openTimeline, readDataset, test } from './fixtures';

const dataset = readDataset();

test('every dataset event has exactly one mark', async ({ page }) => {
  await openTimeline(page);
  await expect(page.locator('[data-event-id]')).toHaveCount(dataset.events.length);
  for (const event of dataset.events) {
    await expect(page.locator(`[data-event-id="${event.id}"]`)).toHaveAttribute(
      'data-kind',
      event.kind,
    );
  }
  await expect(page.getByTestId('summary')).toHaveText('11 events, Dec 2020 – Dec 2023');
  await expect(page.getByTestId('source-line')).toContainText('Western Armenia');
  await page.screenshot({ path: test.info().outputPath('timeline-1280.png'), fullPage: true });
});

test('clicking a mark shows its verbatim quotes with attribution', async ({ page }) => {
  await openTimeline(page);
  const event = dataset.events.find((e) => e.id === 'held-armenians-55-rights-activists');
  expect(event).toBeDefined();
  await page.locator('[data-event-id="held-armenians-55-rights-activists"]').click();
  const detail = page.getByTestId('event-detail');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(event?.title ?? '');
  await expect(detail.getByTestId('quote')).toHaveCount(event?.quotes.length ?? -1);
  await expect(detail.getByTestId('quote').first().locator('blockquote')).toHaveText(
    `“${event?.quotes[0]?.text ?? ''}”`,
  );
  await expect(detail.getByTestId('attribution').first()).toHaveText(
    'Human-rights activists (unnamed)',
  );
  await expect(detail).toContainText('55 Armenian people · held by Azerbaijan');
  await expect(page).toHaveURL(/event=held-armenians-55-rights-activists/);
});

test('the details panel gives the date as the article does', async ({ page }) => {
  await openTimeline(page, '?event=capture-near-hadrut-2020-12');
  await expect(page.getByTestId('event-detail')).toContainText('December 2020 (uncertain)');
  await page.getByRole('button', { name: 'Close' }).click();
  await openTimeline(page, '?event=arrest-at-border-six');
  await expect(page.getByTestId('event-detail')).toContainText(
    'date not given (on or before 8 December 2023)',
  );
});

test('"Show in source" highlights the quote at its offsets', async ({ page }) => {
  await openTimeline(page, '?event=release-some-reservists');
  await page.getByRole('button', { name: 'Show in source' }).first().click();
  const dialog = page.getByTestId('article-view');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('article-highlight')).toHaveText(
    'Some of them were returned to Baku',
  );
  await expect(dialog).toContainText('characters 925–959');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('zoom buttons change the visible range and reset restores it', async ({ page }) => {
  await openTimeline(page);
  const range = page.getByTestId('visible-range');
  const initial = await range.textContent();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(range).not.toHaveText(initial ?? '');
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await expect(range).toHaveText(initial ?? '');
});

test('the wheel zooms the chart in the full view', async ({ page }) => {
  await openTimeline(page);
  const range = page.getByTestId('visible-range');
  const initial = await range.textContent();
  const box = await page.getByTestId('chart').boundingBox();
  expect(box).not.toBeNull();
  await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) * 0.9, (box?.y ?? 0) + 100);
  await page.mouse.wheel(0, -600);
  await expect(range).not.toHaveText(initial ?? '');
});

test('keyboard: Tab reaches the chart, arrows walk events in time order, Enter selects', async ({
  page,
}) => {
  await openTimeline(page);
  const first = page.locator('[data-event-id]').first();
  await first.focus();
  await expect(page.getByTestId('tooltip')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('event-detail')).toBeVisible();
  await expect(page).toHaveURL(/event=/);
});

test('a phone-width screen draws every mark without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openTimeline(page);
  await expect(page.locator('[data-event-id]')).toHaveCount(dataset.events.length);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath('timeline-320.png'), fullPage: true });
});

test('keyboard: Escape on a mark closes the details and focus stays on that mark', async ({
  page,
}) => {
  await openTimeline(page, '?event=joint-statement');
  await page.getByTestId('event-detail').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('event-detail')).toHaveCount(0);
  await expect(page.locator('[data-event-id="joint-statement"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('event-detail')).toBeVisible();
  await page.locator('[data-event-id="joint-statement"]').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('event-detail')).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
});
