import type { Page } from '@playwright/test';
import { expect, openMultiSource, openTimeline, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 800 } });

const strip = (page: Page) => page.getByRole('region', { name: 'Key facts' });
const facts = (page: Page) => strip(page).getByRole('listitem');

/** Each fact's big number and its "according to …" line, in the strip's order. */
async function figuresAndSources(page: Page): Promise<[string, string][]> {
  return facts(page).evaluateAll((items) =>
    items.map((item): [string, string] => [
      item.querySelector('[data-testid="key-fact-figure"]')?.textContent.trim() ?? '',
      item.querySelector('[data-testid="key-fact-source"]')?.textContent.trim() ?? '',
    ]),
  );
}

test('the strip states 32, 2, 55 and 26, each with who says so, under the headline', async ({
  page,
}) => {
  await openTimeline(page);
  await expect(strip(page).getByRole('heading', { name: 'Key facts', level: 2 })).toBeVisible();
  await expect(strip(page)).toContainText(
    'Azerbaijan releases 32 Armenian servicemen and Armenia releases 2 Azerbaijani servicemen',
  );
  const shown = await figuresAndSources(page);
  expect(shown.map(([figure]) => figure)).toEqual(['32', '2', '55', '26']);
  const joint =
    'Western Armenia, citing Joint statement of the Prime Minister’s Office of Armenia and the Presidential Administration of Azerbaijan';
  expect(shown.map(([, source]) => source)).toEqual([
    joint,
    joint,
    'Western Armenia, citing Human-rights activists (unnamed)',
    'Western Armenia',
  ]);
  // Every fact names the publisher the voices are reported in.
  for (const [, source] of shown) expect(source).toContain('Western Armenia');
  // The whole strip is in the first screen, above the chart.
  const box = await strip(page).boundingBox();
  expect((box?.y ?? 0) + (box?.height ?? Infinity)).toBeLessThan(800);
  // Each fact reads as one sentence: what (its title, which states the number), when, who.
  await expect(
    strip(page).getByRole('button', {
      name: 'Azerbaijan releases 32 Armenian servicemen (date not given; on or after 8 December 2023), according to Joint statement of the Prime Minister’s Office of Armenia and the Presidential Administration of Azerbaijan; Western Armenia (the outlet’s own reporting).',
    }),
  ).toBeVisible();
});

test('a fact selects its event: the URL, the details and the pressed state agree', async ({
  page,
}) => {
  await openTimeline(page);
  const fact = strip(page).getByRole('button', { name: /^55 Armenians held by Azerbaijan/ });
  await fact.click();
  await expect(page).toHaveURL(/[?&]event=held-armenians-55-rights-activists(&|$)/);
  await expect(page.getByTestId('event-detail')).toContainText(
    '55 Armenians held by Azerbaijan, according to human-rights activists',
  );
  await expect(fact).toHaveAttribute('aria-pressed', 'true');
  // The chart's mark of the same event is the selected one.
  await expect(
    page.locator('[data-event-id="held-armenians-55-rights-activists"][aria-pressed="true"]'),
  ).toHaveCount(1);
});

test('hiding releases takes 32 and 2 out of the strip; hiding every key event says so', async ({
  page,
}) => {
  await openTimeline(page);
  await page.getByRole('checkbox', { name: /Releases/ }).uncheck();
  await expect
    .poll(async () => (await figuresAndSources(page)).map(([f]) => f))
    .toEqual(['55', '26']);
  await openTimeline(page, '?kind=capture');
  await expect(facts(page)).toHaveCount(0);
  await expect(strip(page)).toContainText('No key facts in this view.');
});

test('multi-source: a disputed count is the range the sources give; a key cohort is stated', async ({
  page,
}) => {
  await openMultiSource(page);
  const shown = await figuresAndSources(page);
  expect(shown.map(([figure]) => figure)).toEqual(['12–14', '20']);
  await expect(facts(page).first()).toContainText('sources disagree');
  await strip(page)
    .getByRole('button', { name: /^The 20 taken at Korven Pass: 20 people/ })
    .click();
  await expect(page).toHaveURL(/[?&]event=capture-korven-pass(&|$)/);
});
