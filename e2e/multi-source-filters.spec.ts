import type { Page } from '@playwright/test';
import { expect, MULTI_SOURCE, openMultiSource, openTimeline, readFixture, test } from './fixtures';

const HARBOR_EVENTS = ['held-korven-pass', 'release-korven-pass'];
const DISPUTED = ['held-korven-pass', 'release-korven-pass'];
const COHORT = [
  'capture-korven-pass',
  'held-korven-pass',
  'release-korven-pass',
  'sentence-korven-pass',
];

async function drawnIds(page: Page): Promise<string[]> {
  const ids = await page
    .locator('[data-testid="timeline"] [data-event-id]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-id') ?? ''));
  return [...new Set(ids)].sort();
}

/** Each option of a filter group as "label count", in panel order. */
async function optionsOf(page: Page, group: string): Promise<string[]> {
  const labels = page.getByRole('group', { name: group }).locator('label');
  return labels.evaluateAll((nodes) =>
    nodes.map((n) => n.textContent.replace(/(\d+)$/, ' $1').trim()),
  );
}

test('src=harbor-watch shows only the two events Harbor Rights Watch is cited for', async ({
  page,
}) => {
  await openMultiSource(page, 'src=harbor-watch');
  await expect.poll(() => drawnIds(page)).toEqual(HARBOR_EVENTS);
  await expect(page.getByTestId('showing')).toHaveText('Showing 2 of 4 events');
  const source = page.getByRole('group', { name: 'Source' });
  await expect(source.getByRole('checkbox', { name: /Harbor Rights Watch/ })).toBeChecked();
  await expect(source.getByRole('checkbox', { name: /Northwind Courier/ })).not.toBeChecked();
  // Each option counts what ticking it would show: the source group ignores its own ticks.
  await expect
    .poll(() => optionsOf(page, 'Source'))
    .toEqual([
      'Northwind Courier 4',
      'Harbor Rights Watch 2',
      'Ministry of Foreign Affairs of Belmark 1',
    ]);
});

test('disputed=only shows the two disputed events, with the toggle on', async ({ page }) => {
  await openMultiSource(page, 'disputed=only');
  await expect.poll(() => drawnIds(page)).toEqual(DISPUTED);
  await expect(page.getByTestId('showing')).toHaveText('Showing 2 of 4 events');
  await expect(page.getByRole('checkbox', { name: /Disputed only/ })).toBeChecked();
});

test('cohort=korven-pass-20 shows its four events; the group shows the link’s choice', async ({
  page,
}) => {
  await openMultiSource(page, 'cohort=korven-pass-20');
  await expect.poll(() => drawnIds(page)).toEqual(COHORT);
  await expect(page.getByTestId('showing')).toHaveText('Showing 4 of 4 events');
  await expect.poll(() => optionsOf(page, 'Cohort')).toEqual(['The 20 taken at Korven Pass 4']);
  await expect(
    page.getByRole('group', { name: 'Cohort' }).getByRole('checkbox', { name: /Korven Pass/ }),
  ).toBeChecked();
});

test('ticking in the panel writes src= and disputed=, and the counts follow', async ({ page }) => {
  await openMultiSource(page);
  // One cohort only: a group with one choice is left out.
  await expect(page.getByRole('group', { name: 'Source' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Cohort' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: /Disputed only/ })).not.toBeChecked();

  const source = page.getByRole('group', { name: 'Source' });
  await source.getByRole('checkbox', { name: /Northwind Courier/ }).uncheck();
  await expect(page).toHaveURL(/[?&]src=harbor-watch,ministry(&|$)/);
  await expect.poll(() => drawnIds(page)).toEqual(HARBOR_EVENTS);

  await page.getByRole('checkbox', { name: /Disputed only/ }).check();
  await expect(page).toHaveURL(/[?&]disputed=only(&|$)/);
  await expect.poll(() => drawnIds(page)).toEqual(DISPUTED);
  // With only the disputed events let through, the sources count among them.
  await expect
    .poll(() => optionsOf(page, 'Source'))
    .toEqual([
      'Northwind Courier 2',
      'Harbor Rights Watch 2',
      'Ministry of Foreign Affairs of Belmark 1',
    ]);
});

test('source= keeps meaning "who says so" beside the new src=', async ({ page }) => {
  await openMultiSource(page, 'source=ministry');
  await expect.poll(() => drawnIds(page)).toEqual(['release-korven-pass']);
  await expect(
    page.getByRole('group', { name: 'Who says so' }).getByRole('checkbox', { name: /Ministry/ }),
  ).toBeChecked();
  await expect(
    page.getByRole('group', { name: 'Source' }).getByRole('checkbox', { name: /Ministry/ }),
  ).toBeChecked();
});

interface FixtureFile {
  events: { id: string; claims: Record<string, unknown>[] }[];
}

/**
 * The fixture with a fifth event in no cohort: a copy of the capture under another id (its
 * claim's id dropped, since claim ids are unique), so the cohort filter has a choice to make.
 */
async function openWithLooseEvent(page: Page, query = ''): Promise<void> {
  const fixture = JSON.parse(readFixture('multi-source/dataset.json')) as FixtureFile;
  const capture = fixture.events[0];
  if (capture === undefined) throw new Error('the fixture has no events');
  const loose = {
    ...capture,
    id: 'capture-elsewhere',
    claims: capture.claims.map((claim) => ({ ...claim, id: undefined })),
  };
  const body = JSON.stringify({ ...fixture, events: [...fixture.events, loose] });
  await page.route('**/fixtures/multi-source/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    return name.endsWith('.json')
      ? route.fulfill({ status: 200, contentType: 'application/json', body })
      : route.fulfill({
          status: 200,
          contentType: 'text/plain; charset=utf-8',
          body: readFixture(`multi-source/${name}`),
        });
  });
  await openTimeline(page, `?data=${encodeURIComponent(MULTI_SOURCE)}${query ? `&${query}` : ''}`);
}

test('with an event in no cohort, cohort= narrows to the cohort and the panel writes it', async ({
  page,
}) => {
  await openWithLooseEvent(page, 'cohort=korven-pass-20');
  await expect.poll(() => drawnIds(page)).toEqual(COHORT);
  await expect(page.getByTestId('showing')).toHaveText('Showing 4 of 5 events');
  await expect
    .poll(() => optionsOf(page, 'Cohort'))
    .toEqual(['The 20 taken at Korven Pass 4', 'Not in a cohort 1']);

  const cohort = page.getByRole('group', { name: 'Cohort' });
  await cohort.getByRole('checkbox', { name: /Not in a cohort/ }).check();
  await expect(page).not.toHaveURL(/cohort=/);
  await cohort.getByRole('checkbox', { name: /Korven Pass/ }).uncheck();
  await expect(page).toHaveURL(/[?&]cohort=none(&|$)/);
  await expect.poll(() => drawnIds(page)).toEqual(['capture-elsewhere']);
});
