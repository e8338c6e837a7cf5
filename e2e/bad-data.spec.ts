/**
 * The hardening corpus: every case in e2e/bad-data/ (committed under e2e/fixtures/bad/ by
 * scripts/make-bad-fixtures.ts), plus the inputs too big to commit (1 MB strings, a 20 MB file),
 * built here at run time. For each: a message that names the problem (the event and field where
 * there is one), the valid events still drawn, no uncaught exception or console error (the
 * `test` fixture), never a blank page, and markup shown as text, never run.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, readFormat1Dataset, test } from './fixtures';
import { ARTICLE_PATH, ids } from './bad-data/base';
import { drawnAfter } from './bad-data/case';
import type { Outcome, Skip } from './bad-data/case';
import { BAD_CASES, BAD_DIR, badCase } from './bad-data/cases';
import { BAD_COHORT } from './bad-data/format2';
import { payload, PAYLOAD_PARAGRAPH, RTL_TITLE } from './bad-data/hostile';
import {
  bigDataset,
  MEGABYTE_FIELDS,
  megabyteKey,
  megabyteSourceTitle,
  megabyteStrings,
} from './bad-data/too-big';

// No traces in this file: for the 20 MB case a trace snapshots a DOM of ~17,000 marks at every
// step, which costs more than the app itself (Playwright allows this only at the top level).
test.use({ trace: 'off' });

/** The real ids, minus the events a case breaks. */
const without = (...broken: number[]) => ids.filter((_, i) => !broken.includes(i));

/** Cases whose expectations need a test of their own, named here so none is left without one. */
const ownTests = new Set<string>();
function own(name: string): string {
  ownTests.add(badCase(name).name);
  return `/?data=fixtures/bad/${name}`;
}

// --- Serving -------------------------------------------------------------------------------

const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/**
 * Serves e2e/fixtures/bad/ at /fixtures/bad/ (same origin), `article.txt` from the format 1 fixture, and
 * `extra` bodies built at run time; anything else answers 404.
 */
async function serveCorpus(page: Page, extra: Record<string, string> = {}): Promise<void> {
  await page.route('**/fixtures/bad/**', async (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '');
    const contentType = CONTENT_TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
    if (name === 'article.txt') {
      await route.fulfill({ path: ARTICLE_PATH, contentType });
      return;
    }
    const file = resolve(BAD_DIR, name);
    const body = extra[name] ?? (existsSync(file) ? readFileSync(file, 'utf8') : null);
    if (body === null) await route.fulfill({ status: 404, body: 'not found' });
    else await route.fulfill({ status: 200, contentType, body });
  });
}

// --- Assertions shared by every case -----------------------------------------------------

// The page's own scripts: the boot script in <head> and the default dataset's JSON snapshot.
const INJECTED =
  'img, iframe, object, embed, body script:not([type="module"]):not(#ct-default-dataset), [onerror], [onload]';

/** Nothing from the data ran or became an element: no global set, no new tags, no pollution. */
async function expectNothingInjected(page: Page): Promise<void> {
  const state = await page.evaluate(
    (selector) => ({
      pwned: '__pwned' in window,
      polluted: 'polluted' in {},
      injected: document.querySelectorAll(selector).length,
    }),
    INJECTED,
  );
  expect(state).toEqual({ pwned: false, polluted: false, injected: 0 });
}

/** Never a blank page: the app's header or the error state is on screen. */
async function expectNotBlank(page: Page): Promise<void> {
  await expect(
    page.getByRole('heading', { level: 1 }).or(page.getByTestId('error-state')).first(),
  ).toBeVisible();
}

async function drawnIds(page: Page): Promise<string[]> {
  const marks = page.locator('[data-event-id]');
  const found = await marks.evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute('data-event-id') ?? ''),
  );
  return found.sort();
}

/** Opens the skipped-events list and checks it names each event, its fields and reasons. */
async function expectSkipped(page: Page, skipped: readonly Skip[]): Promise<Locator> {
  const box = page.getByTestId('skipped-events');
  const noun = skipped.length === 1 ? 'event was' : 'events were';
  await expect(box.locator('summary')).toHaveText(
    `${skipped.length} ${noun} skipped because the data is invalid`,
  );
  await box.locator('summary').click();
  const entries = box.locator(':scope > ul > li');
  await expect(entries).toHaveCount(skipped.length);
  for (const [n, skip] of skipped.entries()) {
    const entry = entries.nth(n);
    await expect(entry.locator('p')).toHaveText(
      skip.id === null ? `Event #${skip.index}` : `Event #${skip.index} “${skip.id}”`,
    );
    await expect(entry.locator('li')).toHaveText([...skip.problems]);
  }
  return box;
}

/** The valid events are drawn, exactly those, or the empty state when there are none. */
async function expectDrawn(page: Page, drawn: readonly string[]): Promise<void> {
  if (drawn.length === 0) {
    await expect(page.getByTestId('empty-state')).toBeVisible();
  } else {
    await expect(page.locator('[data-testid="timeline"][data-ready="true"]')).toBeVisible();
  }
  await expect(page.locator('[data-event-id]')).toHaveCount(drawn.length);
  expect(await drawnIds(page)).toEqual([...drawn].sort());
  await expect(page.locator('body')).not.toContainText(/NaN|Invalid Date/);
}

async function expectStopped(page: Page, message: string | RegExp, details?: readonly string[]) {
  const error = page.getByTestId('error-state');
  await expect(error).toBeVisible({ timeout: 15_000 });
  await expect(error.locator('h2')).toHaveText('The dataset could not be loaded');
  await expect(error.locator('p')).toContainText(message);
  if (details) await expect(error.locator('li')).toHaveText([...details]);
  await expect(error.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(page.locator('[data-event-id]')).toHaveCount(0);
}

// --- The corpus ------------------------------------------------------------------------------

test('the committed corpus is what the cases in e2e/bad-data/ build from the format 1 fixture', () => {
  const onDisk = readdirSync(BAD_DIR).sort();
  expect(onDisk, 'run: npx tsx scripts/make-bad-fixtures.ts').toEqual(
    BAD_CASES.map((c) => c.name).sort(),
  );
  for (const c of BAD_CASES) {
    expect(readFileSync(resolve(BAD_DIR, c.name), 'utf8'), c.name).toBe(c.build());
  }
  const unchecked = BAD_CASES.filter((c) => !c.expect && !ownTests.has(c.name));
  expect(unchecked.map((c) => c.name)).toEqual([]);
});

async function expectOutcome(page: Page, outcome: Outcome): Promise<void> {
  if ('stops' in outcome) {
    await expectStopped(page, outcome.stops, outcome.details);
    await expectNotBlank(page);
    return;
  }
  await expectNotBlank(page);
  await expectDrawn(page, outcome.draws ?? drawnAfter(outcome.skips));
  if (outcome.skips.length > 0) await expectSkipped(page, outcome.skips);
  else await expect(page.getByTestId('skipped-events')).toHaveCount(0);
}

for (const { name, breaks, expect: outcome } of BAD_CASES) {
  if (!outcome) continue;
  const shows =
    'stops' in outcome
      ? 'the error state names the problem'
      : 'valid events drawn, each skipped one named with its field';
  test(`${name} (${breaks}): ${shows}`, async ({ page }) => {
    await serveCorpus(page);
    await page.goto(`/?data=fixtures/bad/${name}`);
    await expectOutcome(page, outcome);
    await expectNothingInjected(page);
  });
}

// --- Cases that need more than the table -----------------------------------------------------

const ARTICLE_MISSING = own('article-missing.json');
const ARTICLE_OTHER_ORIGIN = own('article-other-origin.json');
const ARTICLE_URL_UNPARSEABLE = own('article-url-unparseable.json');
const HTML_PAYLOADS = own('html-payloads.json');
const ZERO_WIDTH_AND_RTL = own('zero-width-and-rtl.json');
const YEAR_0_AND_9999 = own('year-0-and-9999.json');
const ALL_EVENTS_INVALID = own('all-events-invalid.json');
const INVISIBLE_TITLE = own('invisible-title.json');
const TIME_WITHOUT_OFFSET = own('time-without-offset.json');
const COHORT_MISSING_EVENT = own('format2-cohort-missing-event.json');
// The article html-payloads.json quotes: served beside it, checked by its test.
own('html-payloads.article.txt');

test('article-missing.json: a 404 article is named, and the timeline is drawn without it', async ({
  page,
  problems,
}) => {
  problems.allow(/Failed to load resource.*404/);
  await serveCorpus(page);
  await page.goto(ARTICLE_MISSING);
  await expect(page.locator('[data-testid="timeline"][data-ready="true"]')).toBeVisible();
  await expect(page.getByTestId('article-notice')).toContainText(
    /Could not load the source text http:\/\/[^ ]+\/fixtures\/bad\/no-such-article\.txt that the quotes point into \(HTTP 404\)\./,
  );
  await expectNotBlank(page);
});

test('html-payloads.json: every text field shows its markup as literal text', async ({ page }) => {
  await serveCorpus(page);
  const id = ids[9] ?? '';
  await page.goto(`${HTML_PAYLOADS}&event=${id}`);
  await expect(page.locator('[data-testid="timeline"][data-ready="true"]')).toBeVisible();

  const header = page.getByTestId('source-line');
  for (const field of ['source.title', 'source.publisher', 'source.section']) {
    await expect(header).toContainText(payload(field));
  }
  const detail = page.getByTestId('event-detail');
  await expect(detail.locator('h2')).toHaveText(payload('title'));
  for (const field of ['summary', 'place', 'notes[0]', 'people.held_by', 'people.nationality']) {
    await expect(detail).toContainText(payload(field));
  }
  const outlet = readFormat1Dataset().attributions.findIndex((a) => a.id === 'outlet');
  const first = detail.getByTestId('quote').first();
  await expect(first.locator('blockquote')).toHaveText(`“${PAYLOAD_PARAGRAPH}”`);
  await expect(first.getByTestId('attribution')).toHaveText(
    payload(`attributions[${outlet}].label`),
  );

  await page.locator(`[data-event-id="${id}"]`).hover();
  await expect(page.getByTestId('tooltip')).toContainText(payload('title'));

  await first.getByRole('button', { name: 'Show in source' }).click();
  const article = page.getByTestId('article-view');
  await expect(article.locator('h2')).toHaveText(payload('source.title'));
  await expect(article.getByTestId('article-highlight')).toHaveText(PAYLOAD_PARAGRAPH);
  await expectNothingInjected(page);
});

test('zero-width-and-rtl.json: right-to-left and non-Latin text is shown as given', async ({
  page,
}) => {
  await serveCorpus(page);
  await page.goto(`${ZERO_WIDTH_AND_RTL}&event=${ids[9] ?? ''}`);
  await expect(page.getByTestId('event-detail').locator('h2')).toHaveText(RTL_TITLE);
  await page.goto(`${ZERO_WIDTH_AND_RTL}&event=${ids[10] ?? ''}`);
  await expect(page.getByTestId('event-detail')).toContainText(' lone surrogate');
});

test('year-0-and-9999.json: the extreme years are drawn and spelled out', async ({ page }) => {
  await serveCorpus(page);
  const cases: readonly [number, string][] = [
    [0, 'EDTF 0000'],
    [1, 'EDTF 9999-12-31'],
    [2, 'EDTF 0000/9999'],
  ];
  for (const [i, edtf] of cases) {
    await page.goto(`${YEAR_0_AND_9999}&event=${ids[i] ?? ''}`);
    const detail = page.getByTestId('event-detail');
    await expect(detail).toContainText(edtf);
    await expect(detail).not.toContainText(/NaN|Invalid Date/);
  }
});

// --- Too big to commit: built here --------------------------------------------------------

test('1 MB strings in eight event fields: each event skipped, naming the field', async ({
  page,
}) => {
  await serveCorpus(page, { 'megabyte-strings.json': megabyteStrings() });
  const started = Date.now();
  await page.goto('/?data=fixtures/bad/megabyte-strings.json');
  await expectDrawn(page, without(...MEGABYTE_FIELDS.map((_, i) => i)));
  test.info().annotations.push({ type: 'timing', description: `${Date.now() - started} ms` });
  const box = page.getByTestId('skipped-events');
  await box.locator('summary').click();
  const entries = box.locator(':scope > ul > li');
  await expect(entries).toHaveCount(MEGABYTE_FIELDS.length);
  const firstProblems = [
    'title: Too big: expected string to have <=300 characters',
    'summary: Too big: expected string to have <=4000 characters',
    'place: Too big: expected string to have <=300 characters',
    'notes[0]: Too big: expected string to have <=4000 characters',
    'date: Too big: expected string to have <=64 characters',
    'id: Too big: expected string to have <=120 characters',
    'quotes[0].text: Too big: expected string to have <=4000 characters',
    'people.held_by: Too big: expected string to have <=80 characters',
  ];
  for (const [i, problem] of firstProblems.entries()) {
    const entry = entries.nth(i);
    // An id over 120 characters is not repeated back.
    await expect(entry.locator('p')).toHaveText(
      i === 5 ? `Event #${i}` : `Event #${i} “${ids[i] ?? ''}”`,
    );
    await expect(entry.locator('li').first()).toHaveText(problem);
  }
  await expectNothingInjected(page);
});

test('a 1 MB source title: the error state names source.title', async ({ page }) => {
  await serveCorpus(page, { 'megabyte-title.json': megabyteSourceTitle() });
  await page.goto('/?data=fixtures/bad/megabyte-title.json');
  await expectStopped(
    page,
    'is not a valid timeline dataset: source.title: Too big: expected string to have <=300 characters.',
    ['source.title: Too big: expected string to have <=300 characters'],
  );
});

test.describe('a 20 MB file', () => {
  test('drawn, its skipped events listed, and the time it takes', async ({ page }) => {
    test.setTimeout(360_000);
    const big = bigDataset(20 * 1024 * 1024, 10);
    expect(big.body.length).toBeGreaterThanOrEqual(20 * 1024 * 1024);
    await serveCorpus(page, { 'twenty-megabytes.json': big.body });
    const started = Date.now();
    await page.goto('/?data=fixtures/bad/twenty-megabytes.json');
    const chart = page.locator('[data-testid="timeline"][data-ready="true"]');
    await expect(chart).toBeVisible({ timeout: 300_000 });
    const shown = Date.now() - started;
    // Every valid event is counted in; at this density the lanes are drawn as density strips.
    await expect(page.getByTestId('showing')).toHaveText(
      `Showing ${big.valid.toLocaleString('en')} of ${big.valid.toLocaleString('en')} events`,
    );
    await expect(page.locator('[data-density]').first()).toBeVisible();
    await expect(page.getByTestId('skipped-events').locator('summary')).toHaveText(
      `${big.skipped} events were skipped because the data is invalid`,
    );
    await expectNotBlank(page);
    const description = `${(big.body.length / 1024 / 1024).toFixed(1)} MB, ${big.valid + big.skipped} events (${big.valid} drawn, ${big.skipped} skipped): chart ready ${shown} ms after navigation`;
    test.info().annotations.push({ type: 'timing', description });
    console.log(`[20 MB] ${description}`);
  });
});

test('article-url-unparseable.json: no crash, the error state and Retry are shown', async ({
  page,
}) => {
  await serveCorpus(page);
  await page.goto(ARTICLE_URL_UNPARSEABLE);
  const error = page.getByTestId('error-state');
  await expect(error).toBeVisible({ timeout: 15_000 });
  await expect(error.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expectNotBlank(page);
});

test.describe('fixed bugs, kept as regression tests', () => {
  test('article-url-unparseable.json: the message names source.article', async ({ page }) => {
    await serveCorpus(page);
    await page.goto(ARTICLE_URL_UNPARSEABLE);
    await expect(page.getByTestId('error-state')).toContainText('source.article', {
      timeout: 15_000,
    });
  });

  test('article-other-origin.json: the refused article origin is named', async ({ page }) => {
    await serveCorpus(page);
    await page.goto(ARTICLE_OTHER_ORIGIN);
    await expect(page.getByTestId('error-state')).toContainText('https://evil.example', {
      timeout: 5_000,
    });
  });

  test('all-events-invalid.json: the empty state does not blame filters', async ({ page }) => {
    await serveCorpus(page);
    await page.goto(ALL_EVENTS_INVALID);
    await expect(page.getByTestId('empty-state')).toBeVisible();
    await expect(page.getByTestId('empty-state')).not.toContainText('match these filters', {
      timeout: 2_000,
    });
  });

  test('invisible-title.json: a title of zero-width characters is refused', async ({ page }) => {
    await serveCorpus(page);
    await page.goto(INVISIBLE_TITLE);
    await expectDrawn(page, without(9));
  });

  test('a 1 MB date: its message quotes at most a few hundred characters', async ({ page }) => {
    await serveCorpus(page, { 'megabyte-strings.json': megabyteStrings() });
    await page.goto('/?data=fixtures/bad/megabyte-strings.json');
    const box = page.getByTestId('skipped-events');
    await box.locator('summary').click();
    const dateEntry = box
      .locator(':scope > ul > li')
      .nth(MEGABYTE_FIELDS.findIndex((f) => f[0] === 'date'));
    await expect(dateEntry.locator('li')).toHaveCount(1);
    // A length in characters, not a time: the message must not repeat the megabyte back.
    const longestMessageCharacters = await dateEntry
      .locator('li')
      .evaluateAll((items) => Math.max(...items.map((li) => li.textContent.length)));
    expect(longestMessageCharacters).toBeLessThan(500);
  });

  test('a 1 MiB unknown key: its message names the key by its first 64 characters', async ({
    page,
  }) => {
    await serveCorpus(page, { 'megabyte-key.json': megabyteKey() });
    await page.goto('/?data=fixtures/bad/megabyte-key.json');
    await expectDrawn(page, without(0));
    await expectSkipped(page, [
      {
        index: 0,
        id: ids[0] ?? '',
        problems: [`["${'k'.repeat(64)}…"]: unknown field (a name 1048576 characters long)`],
      },
    ]);
  });

  test.describe('in Tokyo', () => {
    test.use({ timezoneId: 'Asia/Tokyo' });

    test('time-without-offset.json: 2023-12-08T02:30:00 is read as UTC', async ({ page }) => {
      await serveCorpus(page);
      await page.goto(`${TIME_WITHOUT_OFFSET}&event=${ids[9] ?? ''}`);
      // The page really runs in Tokyo: local midnight of 8 December is 15:00 UTC on the 7th.
      expect(await page.evaluate(() => new Date(2023, 11, 8).toISOString())).toBe(
        '2023-12-07T15:00:00.000Z',
      );
      const detail = page.getByTestId('event-detail');
      await expect(detail).toContainText('8 December 2023, 02:30 UTC');
      await expect(detail).not.toContainText('7 December 2023');
    });
  });
});

test('format2-cohort-missing-event.json: every event is drawn and the skipped cohort is listed with its reason', async ({
  page,
}) => {
  await serveCorpus(page);
  await page.goto(COHORT_MISSING_EVENT);
  await expectNotBlank(page);
  await expectDrawn(page, ids);
  const box = page.getByTestId('skipped-events');
  await expect(box.locator('summary')).toHaveText(
    '1 cohort was skipped because the data is invalid',
  );
  await box.locator('summary').click();
  const entries = box.locator(':scope > ul > li');
  await expect(entries).toHaveCount(1);
  await expect(entries.locator('p')).toHaveText(`Cohort #0 “${BAD_COHORT.id}”`);
  await expect(entries.locator('li')).toHaveText([
    `events[1]: "${BAD_COHORT.missing}" is not an event id in this file`,
  ]);
});
