import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { MULTI_SOURCE, expect, openMultiSource, openTimeline, readFixture, test } from './fixtures';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const MINISTRY_LINK =
  'https://example.org/belmark/statement-2019-05-20#:~:text=20%20May%202019.-,Twelve%20servicemen%20of%20Arland%20were%20released%20on%20humanitarian%20grounds.,-The%20Ministry';

test('a disputed event: both counts with both publishers, the marker and the analyst’s reading', async ({
  page,
}) => {
  await openMultiSource(page);
  await page.locator('[data-event-id="release-korven-pass"]').click();
  await expect(page).toHaveURL(/event=release-korven-pass/);
  const detail = page.getByRole('region', {
    name: 'Belmark releases Arland soldiers Sources disagree: 12–14',
  });
  await expect(detail).toBeVisible();
  await expect(detail.getByTestId('dispute-marker')).toContainText('Sources disagree: 12–14');
  await expect(detail.getByTestId('count-range')).toHaveText('12–14 people, sources disagree');
  await expect(detail.getByTestId('analyst-reading')).toHaveText(
    "Analyst's reading: 12 Arland people · held by Belmark",
  );

  const groups = detail.getByTestId('source-group');
  await expect(groups).toHaveCount(3);
  const courier = groups.filter({ hasText: 'Northwind Courier' });
  const harbor = groups.filter({ hasText: 'Harbor Rights Watch' });
  await expect(courier.getByTestId('source-says')).toHaveText('Northwind Courier says 12');
  await expect(harbor.getByTestId('source-says')).toHaveText('Harbor Rights Watch says 14');
  await expect(harbor.getByTestId('quote').locator('blockquote')).toHaveText(
    '“Our monitors confirmed that 14 Arland soldiers were handed over at the Vell crossing on 20 May 2019.”',
  );

  // Side by side on a wide screen: the sources' columns start on one line.
  const tops = await groups.evaluateAll((nodes) =>
    nodes.map((node) => Math.round(node.getBoundingClientRect().top)),
  );
  expect(new Set(tops).size).toBe(1);
  await page.screenshot({ path: test.info().outputPath('disputed-details.png'), fullPage: true });
});

test('the sources stack on a narrow screen', async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 900 });
  await openMultiSource(page, 'event=release-korven-pass');
  const groups = page.getByTestId('event-detail').getByTestId('source-group');
  await expect(groups).toHaveCount(3);
  const tops = await groups.evaluateAll((nodes) =>
    nodes.map((node) => Math.round(node.getBoundingClientRect().top)),
  );
  expect(tops).toEqual([...tops].sort((a, b) => a - b));
  expect(new Set(tops).size).toBe(3);
});

test('"Show in source" opens a stored text at the quote, and links a cited source at it', async ({
  page,
}) => {
  await openMultiSource(page, 'event=release-korven-pass');
  const detail = page.getByTestId('event-detail');
  const courier = detail.getByTestId('source-group').filter({ hasText: 'Northwind Courier' });
  await courier.getByRole('button', { name: 'Show in source' }).click();
  const dialog = page.getByTestId('article-view');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(
    'Belmark frees prisoners after talks',
  );
  await expect(dialog).toContainText('Northwind Courier, 20 May 2019');
  await expect(dialog.getByTestId('article-highlight')).toHaveText(
    'Belmark released 12 Arland soldiers on Monday, the ministry in Port Ellis said.',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const ministry = detail
    .getByTestId('source-group')
    .filter({ hasText: 'Ministry of Foreign Affairs of Belmark' });
  const link = ministry.getByRole('link', { name: /^Show in source/ });
  await expect(link).toHaveAttribute('href', MINISTRY_LINK);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

test('the cohort is named with its four events, each link’s basis, the inference as one', async ({
  page,
}) => {
  await openMultiSource(page, 'event=release-korven-pass');
  const cohort = page.getByTestId('cohort-detail');
  await expect(cohort.getByRole('heading', { level: 3 })).toHaveText(
    'Cohort: The 20 taken at Korven Pass · 20 people',
  );
  const steps = cohort.getByTestId('cohort-events').getByRole('listitem');
  await expect(steps).toHaveText([
    '20 Arland soldiers captured near Korven Pass',
    'The 20 sentenced by a military court',
    'Belmark releases Arland soldiers (this event)',
    'Soldiers from the Korven Pass group still held',
  ]);
  await expect(cohort.locator('[data-basis="quote"]').first()).toContainText(
    'the source says:“The soldiers were among 20 taken prisoner near Korven Pass in March 2019.”',
  );

  // The held event is linked to the sentence by the analyst's inference, said as one.
  await cohort
    .getByRole('button', { name: 'Soldiers from the Korven Pass group still held' })
    .click();
  await expect(page).toHaveURL(/event=held-korven-pass/);
  const detail = page.getByRole('region', {
    name: /^Soldiers from the Korven Pass group still held/,
  });
  await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(detail.locator('[data-basis="inference"]')).toContainText(
    'inferred: No source says the soldiers still held are serving the April sentences',
  );
  await page.screenshot({ path: test.info().outputPath('cohort-details.png'), fullPage: true });
});

test('a source whose text could not be loaded is named in the notice and beside its quotes', async ({
  page,
  problems,
}) => {
  problems.allow(/Failed to load resource.*404/);
  await openMultiSource(page, 'event=release-korven-pass');
  // A route added later answers first: Harbor Rights Watch's text is gone on the next load.
  await page.route('**/fixtures/multi-source/harbor-watch.txt', (route) =>
    route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
  );
  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await expect(page.getByTestId('article-notice')).toContainText(
    /Quotes from Harbor Rights Watch, “Detention update, June 2019”, are shown as the dataset gives them; .*harbor-watch\.txt.*\(HTTP 404\)/,
  );
  const harbor = page
    .getByTestId('event-detail')
    .getByTestId('source-group')
    .filter({ hasText: 'Harbor Rights Watch' });
  await expect(harbor.getByTestId('quotes-unchecked')).toContainText('HTTP 404');
  await expect(harbor.getByRole('button', { name: 'Show in source' })).toBeDisabled();
});

for (const [name, query] of [
  ['light', 'event=release-korven-pass'],
  ['dark', 'event=held-korven-pass&dark=on'],
] as const) {
  test(`axe: a disputed event's details (${name}) have no WCAG 2.2 A/AA violations`, async ({
    page,
  }) => {
    await openMultiSource(page, query);
    await expect(page.getByTestId('dispute-marker')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test('present mode: a disputed step says the range, credits the publisher, and passes axe', async ({
  page,
  problems,
}) => {
  // The fixture has no briefing.json: present mode asks for one and walks the events in time order.
  problems.allow(/Failed to load resource.*404/);
  await page.route('**/fixtures/multi-source/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    if (name === 'briefing.json') return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      contentType: name.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8',
      body: readFixture(`multi-source/${name}`),
    });
  });
  await openTimeline(page, `?data=${encodeURIComponent(MULTI_SOURCE)}&mode=present&step=3`);
  const caption = page.getByTestId('step-caption');
  await expect(caption.getByRole('heading', { level: 2 })).toHaveText(
    'Belmark releases Arland soldiers',
  );
  await expect(caption.getByTestId('step-dispute')).toContainText('Sources disagree: 12–14');
  await expect(caption.getByRole('figure')).toContainText(
    "— Belmark's ministry, as reported by the Courier · Northwind Courier",
  );
  expect(await violations(page)).toEqual([]);
});
