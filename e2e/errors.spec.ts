import { expect, openTimeline, readFixture, serveDataset, test } from './fixtures';

test('one broken event: the rest are drawn and the skipped one is listed with its reason', async ({
  page,
}) => {
  await serveDataset(page, '/fixtures/one-broken.json', readFixture('one-broken.json'));
  await page.route('**/fixtures/article.txt', (route) =>
    route.fulfill({ path: 'data/article.txt' }),
  );
  await openTimeline(page, '?data=fixtures/one-broken.json');
  await expect(page.locator('[data-event-id]')).toHaveCount(10);
  const skipped = page.getByTestId('skipped-events');
  await expect(skipped).toContainText('1 event was skipped');
  await skipped.locator('summary').click();
  await expect(skipped).toContainText('“capture-near-hadrut-2020-12”');
  await expect(skipped).toContainText('date: "2020-13" is not a valid EDTF date');
});

test('a non-JSON response shows the error state with a retry action', async ({ page }) => {
  await serveDataset(
    page,
    '/fixtures/page.html',
    '<!doctype html><h1>Not found</h1>',
    200,
    'text/html',
  );
  await page.goto('/?data=fixtures/page.html');
  const error = page.getByTestId('error-state');
  await expect(error).toContainText('fixtures/page.html is not JSON');
  await expect(error.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('an HTTP error names the status and Retry loads once the server recovers', async ({
  page,
  problems,
}) => {
  problems.allow(/Failed to load resource.*500/);
  let failing = true;
  await page.route('**/fixtures/flaky.json', async (route) => {
    if (failing) await route.fulfill({ status: 500, body: 'oops' });
    else await route.fulfill({ path: 'data/timeline.json' });
  });
  await page.route('**/fixtures/article.txt', (route) =>
    route.fulfill({ path: 'data/article.txt' }),
  );
  await page.goto('/?data=fixtures/flaky.json');
  const error = page.getByTestId('error-state');
  await expect(error).toContainText('answered HTTP 500', { timeout: 15_000 });
  failing = false;
  await error.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('[data-testid="timeline"][data-ready="true"]')).toBeVisible();
  await expect(page.locator('[data-event-id]')).toHaveCount(11);
});

test('a dataset on another origin is refused, naming the origin', async ({ page }) => {
  await page.goto('/?data=https://example.org/timeline.json');
  await expect(page.getByTestId('error-state')).toContainText('not from https://example.org');
});

test('an invalid envelope names the field', async ({ page }) => {
  await serveDataset(
    page,
    '/fixtures/no-source.json',
    JSON.stringify({ attributions: [], events: [] }),
  );
  await page.goto('/?data=fixtures/no-source.json');
  await expect(page.getByTestId('error-state')).toContainText('source:');
});

test('going offline after loading: filtering, selecting and the URL keep working', async ({
  page,
  context,
  problems,
}) => {
  // The browser reports what it could not fetch once offline (the check of the bundled files,
  // code not yet loaded): not an error of the app's, which keeps working.
  problems.allow(/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/);
  await openTimeline(page, '?kind=release');
  await context.setOffline(true);
  await page.getByRole('checkbox', { name: /Sentences/ }).check();
  await expect(page).toHaveURL(/kind=sentence,release/);
  await page.locator('[data-event-id="sentence-reservists-up-to-six-years"]').click();
  await expect(page.getByTestId('event-detail')).toContainText('up to 6 years');
  await context.setOffline(false);
});
