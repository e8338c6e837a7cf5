import type { Page } from '@playwright/test';
import { expect, openTimeline, readDataset, test } from './fixtures';
import { formatSpan } from '../src/domain/format';
import { DAY } from '../src/lib/time';

const dataset = readDataset();

/** Tab from the top of the page lands on "Skip to timeline", drawn; Enter moves to the chart. */
async function skipLinkWorks(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to timeline' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const box = await skip.boundingBox();
  expect(box?.width).toBeGreaterThan(40);
  await page.keyboard.press('Enter');
  await expect(page.locator('#timeline')).toBeFocused();
  await expect(page.getByRole('figure', { name: 'Timeline' })).toBeInViewport();
  // The address holds the view: the skip adds no fragment to it.
  expect(new URL(page.url()).hash).toBe('');
}

async function headingsOf(page: Page): Promise<string[]> {
  return page.getByRole('heading', { level: 2 }).allTextContents();
}

test.describe('structure at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('full: skip link first, one main, h2 Filters/Timeline/Details, the chart a named figure', async ({
    page,
  }) => {
    await openTimeline(page);
    await skipLinkWorks(page);
    await expect(page.getByRole('main')).toHaveCount(1);
    expect(await headingsOf(page)).toEqual(['Key facts', 'Filters', 'Timeline', 'Details']);
    const figure = page.getByRole('figure', { name: 'Timeline' });
    await expect(figure).toHaveCount(1);
    await expect(figure.getByTestId('chart')).toBeVisible();
    await expect(page.getByRole('main').getByRole('figure')).toHaveCount(1);
  });

  test('embed: skip link first, one main, h2 Filters/Timeline/Details, a named figure, "Show as table"', async ({
    page,
  }) => {
    await openTimeline(page, '?mode=embed');
    await skipLinkWorks(page);
    await expect(page.getByRole('main')).toHaveCount(1);
    expect(await headingsOf(page)).toEqual(['Key facts', 'Filters', 'Timeline', 'Details']);
    await expect(page.getByRole('figure', { name: 'Timeline' })).toHaveCount(1);
    await page.getByRole('button', { name: 'Show as table' }).click();
    await expect(page.getByTestId('event-table').locator('tbody tr')).toHaveCount(
      dataset.events.length,
    );
  });

  test('present: skip link first, one main, h2 Timeline, a named figure (through the shared parts)', async ({
    page,
  }) => {
    // The first slide is the opening; the chart and its skip link come with the first event.
    await openTimeline(page, '?mode=present&step=1');
    await skipLinkWorks(page);
    await expect(page.getByRole('main')).toHaveCount(1);
    expect(await headingsOf(page)).toContain('Timeline');
    await expect(page.getByRole('figure', { name: 'Timeline' })).toHaveCount(1);
  });

  for (const [mode, query] of [
    ['full', ''],
    ['embed', '?mode=embed'],
    ['present', '?mode=present'],
  ] as const) {
    test(`${mode}: the page and the tab are titled with the dataset's title`, async ({ page }) => {
      await openTimeline(page, query);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
      await expect(page).toHaveTitle(`${dataset.title} — custody-timeline`);
    });
  }
});

test.describe('words at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const [name, query] of [
    ['the whole period', ''],
    ['a window of weeks', '?from=2023-11-15&to=2023-12-31'],
    ['a window of years', '?from=2021-03-01&to=2023-06-30'],
  ] as const) {
    test(`From/To and "Visible:" name the same days: ${name}`, async ({ page }) => {
      await openTimeline(page, query);
      const window = page.getByRole('group', { name: 'Time window' });
      const from = await window.getByLabel('From').inputValue();
      const to = await window.getByLabel('To').inputValue();
      const span = formatSpan(Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`) + DAY);
      await expect(page.getByTestId('visible-range')).toHaveText(`Visible: ${span}`);
    });
  }

  test('"Held by" names the holder, "Nationality" the people, counts take the right number', async ({
    page,
  }) => {
    await openTimeline(page, '?event=release-32-armenian-servicemen');
    await expect(page.getByRole('group', { name: 'Held by' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Whose custody' })).toHaveCount(0);
    const statements = dataset.events.filter((e) => e.kind === 'statement').length;
    await expect(
      page.getByRole('checkbox', {
        name: `Statements, ${statements} event${statements === 1 ? '' : 's'}`,
        exact: true,
      }),
    ).toBeVisible();
    const names = await page
      .getByTestId('filter-panel')
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.map((box) => box.getAttribute('aria-label') ?? ''));
    expect(names.filter((name) => /\b1 events\b/.test(name))).toEqual([]);
    const facts = page.getByTestId('event-detail').locator('dt');
    await expect(facts).toContainText(['Nationality']);
    await expect(facts.filter({ hasText: /^Whose$/ })).toHaveCount(0);
  });

  test('"?" in the table never means an uncertain date (on screen or on paper)', async ({
    page,
  }) => {
    await openTimeline(page);
    await page.getByRole('button', { name: 'Show as table' }).click();
    const dates = page.getByTestId('event-table').locator('tbody tr td:first-child');
    await expect(dates).toHaveCount(dataset.events.length);
    const uncertain = dataset.events.filter((e) => e.window.uncertain).length;
    expect(uncertain).toBeGreaterThan(0);
    for (const text of await dates.allTextContents()) expect(text).not.toContain('?');
    await page.emulateMedia({ media: 'print' });
    for (const text of await dates.allInnerTexts()) expect(text).not.toContain('?');
  });
});
