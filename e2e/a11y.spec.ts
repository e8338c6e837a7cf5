import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openTimeline, test } from './fixtures';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(result.passes.length).toBeGreaterThan(0);
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Every mode and state a reader can reach, in both themes where colour matters. */
const STATES: readonly (readonly [string, string])[] = [
  ['default', ''],
  ['filtered', '?kind=release,status&q=Azerbaijan'],
  ['empty result', '?q=zzzz-nothing'],
  ['details open', '?event=release-32-armenian-servicemen'],
  ['embed', '?mode=embed'],
  ['embed, details open', '?mode=embed&event=joint-statement'],
  ['present', '?mode=present&step=3'],
  ['present, projector', '?mode=present&theme=projector'],
  ['dark', '?dark=on&event=held-reservists-26'],
  ['dark embed', '?mode=embed&dark=on'],
  ['dark present', '?mode=present&dark=on'],
  ['zoomed', '?from=2023-06-01&to=2024-01-01'],
];

for (const [name, query] of STATES) {
  test(`axe: ${name} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
    await openTimeline(page, query);
    expect(await violations(page)).toEqual([]);
  });
}

test('axe: the article view has no violations', async ({ page }) => {
  await openTimeline(page, '?event=release-32-armenian-servicemen');
  await page.getByRole('button', { name: 'Show in source' }).first().click();
  await expect(page.getByTestId('article-view')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('axe: the error state has no violations', async ({ page }) => {
  await page.goto('/?data=https://example.org/x.json');
  await expect(page.getByTestId('error-state')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('axe: the embed dialog has no violations', async ({ page }) => {
  await openTimeline(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.getByTestId('embed-dialog')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
