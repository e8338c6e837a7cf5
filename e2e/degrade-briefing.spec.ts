import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, expect, readDataset, test } from './fixtures';

const timeline = readFileSync(resolve(ROOT, 'data/timeline.json'), 'utf8');
const dataset = readDataset();

test('a briefing.json that fails to load: the briefing runs in time order and says why', async ({
  page,
  problems,
}) => {
  problems.allow(/Failed to load resource.*500/);
  await page.route('**/fixtures/brief/timeline.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: timeline }),
  );
  await page.route('**/fixtures/brief/article.txt', (route) =>
    route.fulfill({ path: resolve(ROOT, 'data/article.txt'), contentType: 'text/plain' }),
  );
  await page.route('**/fixtures/brief/briefing.json', (route) =>
    route.fulfill({ status: 500, contentType: 'text/plain', body: 'oops' }),
  );
  await page.goto('/?mode=present&data=fixtures/brief/timeline.json&step=1');
  await expect(page.getByTestId('progress')).toHaveText(`1 / ${dataset.events.length}`);
  await expect(page.getByTestId('step-caption')).toContainText(
    'Captured near Hadrut, December 2020',
  );
  await expect(page.getByRole('status').filter({ hasText: 'briefing.json' })).toHaveText(
    /^briefing\.json was ignored: it could not be loaded, so the events are presented in time order\. http:\/\/[^ ]+\/fixtures\/brief\/briefing\.json answered HTTP 500/,
  );
});

test('no briefing.json (a 404) is no notice at all', async ({ page, problems }) => {
  problems.allow(/Failed to load resource.*404/);
  await page.route('**/fixtures/brief/timeline.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: timeline }),
  );
  await page.route('**/fixtures/brief/article.txt', (route) =>
    route.fulfill({ path: resolve(ROOT, 'data/article.txt'), contentType: 'text/plain' }),
  );
  const briefingAnswered = page.waitForResponse('**/fixtures/brief/briefing.json');
  await page.route('**/fixtures/brief/briefing.json', (route) =>
    route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
  );
  await page.goto('/?mode=present&data=fixtures/brief/timeline.json&step=1');
  await briefingAnswered;
  await expect(page.getByTestId('progress')).toHaveText(`1 / ${dataset.events.length}`);
  await expect(page.getByText('briefing.json was ignored')).toHaveCount(0);
});
