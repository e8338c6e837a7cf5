import { expect, openTimeline, test } from './fixtures';

const ACTIONS = ['Present', 'Embed', 'Print', 'Download PNG', 'Download SVG', 'Copy link'];

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the header and its actions take at most 200 px above the chart', async ({ page }) => {
    await openTimeline(page);
    const header = await page.locator('header').boundingBox();
    expect(header).not.toBeNull();
    expect((header?.y ?? 0) + (header?.height ?? 0)).toBeLessThanOrEqual(200);
    const chart = await page.getByTestId('timeline').boundingBox();
    expect(chart?.y).toBeGreaterThan((header?.y ?? 0) + (header?.height ?? 0));
  });

  test('sharing and export are one "Share & export" menu, by touch and by keyboard', async ({
    page,
  }) => {
    await openTimeline(page);
    const menu = page.getByRole('button', { name: /Share & export/ });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    for (const name of ACTIONS) {
      await expect(
        page.getByRole('button', { name }).or(page.getByRole('link', { name })),
      ).toBeHidden();
    }
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    const group = page.getByRole('group', { name: 'Share & export' });
    for (const name of ACTIONS) {
      await expect(
        group.getByRole('button', { name }).or(group.getByRole('link', { name })),
      ).toBeVisible();
    }
    // A tap outside closes it (the product's name, beside the button, is outside the list).
    await page.getByText('custody-timeline', { exact: true }).click();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');

    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(group.getByRole('link', { name: 'Present' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
  });

  test('selecting an event brings its details into view, with focus on their heading', async ({
    page,
  }) => {
    await openTimeline(page);
    await page.locator('[data-event-id="release-32-armenian-servicemen"]').tap();
    const heading = page.getByTestId('event-detail').getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(/32 Armenian/);
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport({ ratio: 1 });
    // Its facts come with it, not just the heading's last line at the bottom of the screen.
    await expect(page.getByTestId('event-detail').locator('dl')).toBeInViewport();
  });
});
