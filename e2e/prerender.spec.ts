import type { Page } from '@playwright/test';
import { expect, openTimeline, readDataset, test } from './fixtures';

const dataset = readDataset();

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the default page is drawn from its HTML: every mark, the key facts and the table', async ({
    page,
  }) => {
    await page.goto('/');
    const chart = page.locator('#root [data-testid="chart"]');
    await expect(chart).toBeVisible();
    for (const event of dataset.events) {
      await expect(chart.locator(`[data-event-id="${event.id}"]`)).toBeAttached();
    }
    await expect(chart.locator('[data-event-id]')).toHaveCount(dataset.events.length);
    // The table is open (its button could not open it) with a row per event.
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveCount(dataset.events.length);
    await expect(page.getByRole('heading', { name: 'Key facts' })).toBeVisible();
    // Controls that need scripts are left out rather than left broken.
    await expect(page.getByRole('button', { name: 'Show as table' })).toBeHidden();
    await expect(page.getByRole('checkbox', { name: /Releases/ })).toBeHidden();
    await expect(page.getByRole('button', { name: /zoom in/i })).toBeHidden();
    // The embed's prerendered view is in the file but not shown.
    await expect(page.locator('#root-embed')).toBeHidden();
    // The page says what it is: without scripts it cannot read its own address.
    await expect(page.getByText('This page is shown without JavaScript')).toBeVisible();
  });

  test('an address naming another view or dataset says the page shows the bundled one', async ({
    page,
  }) => {
    await page.goto('/?mode=embed&data=fixtures%2Fother.json');
    await expect(page.getByText('This page is shown without JavaScript')).toBeVisible();
  });
});

test.describe('with JavaScript', () => {
  /** Records, from before any page script, whether the prerendered chart was ever replaced. */
  async function watchPrerenderedChart(page: Page): Promise<void> {
    await page.addInitScript(() => {
      const replaced: string[] = [];
      Object.assign(window, { __replaced: replaced });
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.removedNodes) {
            if (node instanceof Element && node.querySelector('[data-testid="timeline"]')) {
              replaced.push(node.id || node.nodeName);
            }
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
  }

  test('the default page hydrates in place, with no hydration warning', async ({ page }) => {
    const messages: string[] = [];
    page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
    await watchPrerenderedChart(page);
    await openTimeline(page);
    expect(messages.filter((text) => /hydrat|did not match|mismatch/i.test(text))).toEqual([]);
    await expect(page.locator('#root')).not.toHaveAttribute('data-client');
    await expect(page.locator('#root-embed')).toHaveCount(0);
    await expect(page.getByText('This page is shown without JavaScript')).toBeHidden();
    // Only the unused embed view left the page: the full view's nodes are the ones React adopted.
    expect(await page.evaluate(() => (window as { __replaced?: string[] }).__replaced)).toEqual([
      'root-embed',
    ]);
    // And they work: a mark opens its details.
    const first = dataset.events[0];
    if (!first) throw new Error('the dataset has no events');
    await page.locator(`[data-event-id="${first.id}"]`).click();
    await expect(page.getByTestId('event-detail')).toBeVisible();
    // The default dataset came with the page: no validator was loaded to draw it.
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    expect(scripts.filter((name) => /parse-dataset|dataset-schema/.test(name))).toEqual([]);
  });

  test('the bare embed hydrates its own prerendered view', async ({ page }) => {
    const messages: string[] = [];
    page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
    await openTimeline(page, '?mode=embed');
    expect(messages.filter((text) => /hydrat|did not match|mismatch/i.test(text))).toEqual([]);
    await expect(page.locator('#root')).toHaveCount(0);
    await expect(page.locator('#root-embed [data-mode="embed"]')).toBeVisible();
  });

  test('any other address is drawn by the app, never shown as the default page first', async ({
    page,
  }) => {
    await openTimeline(page, '?kind=release');
    await expect(page.locator('#root')).toHaveAttribute('data-client', '');
    await expect(page.locator('[data-event-id]')).toHaveCount(
      dataset.events.filter((event) => event.kind === 'release').length,
    );
  });
});
