import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openTimeline, test } from './fixtures';

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(result.passes.length).toBeGreaterThan(0);
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

test('axe: the default view has no WCAG A/AA violations', async ({ page }) => {
  await openTimeline(page);
  expect(await violations(page)).toEqual([]);
});

test('axe: details panel and article view have no violations', async ({ page }) => {
  await openTimeline(page, '?event=release-32-armenian-servicemen');
  await expect(page.getByTestId('event-detail')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Show in article' }).first().click();
  await expect(page.getByTestId('article-view')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('axe: the error state has no violations', async ({ page }) => {
  await page.goto('/?data=https://example.org/x.json');
  await expect(page.getByTestId('error-state')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
