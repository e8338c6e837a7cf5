/**
 * The hardening corpus: every file in e2e/fixtures/bad/ (written by scripts/make-bad-fixtures.ts),
 * plus the inputs too big to commit (1 MB strings, a 20 MB file), built here at run time. For each:
 * a message that names the problem (the event and field where there is one), the valid events
 * still drawn, no uncaught exception or console error (the `test` fixture), never a blank page,
 * and markup shown as text, never run.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, readDataset, ROOT, test } from './fixtures';
import {
  BAD_DIR,
  bigDataset,
  buildBadFixtures,
  MEGABYTE_FIELDS,
  megabyteKey,
  megabyteSourceTitle,
  megabyteStrings,
  payload,
  PAYLOAD_PARAGRAPH,
  PDF,
  RLO,
  ZWSP,
} from '../scripts/make-bad-fixtures';

// No traces in this file: for the 20 MB case a trace snapshots a DOM of ~17,000 marks at every
// step, which costs more than the app itself (Playwright allows this only at the top level).
test.use({ trace: 'off' });

const base = readDataset();
const ids = base.events.map((e) => e.id);
const articleLength = Array.from(readFileSync(resolve(ROOT, 'data/article.txt'), 'utf8')).length;

function event(i: number) {
  const found = base.events[i];
  if (!found) throw new Error(`data/timeline.json has no event #${i}`);
  return found;
}

function quote(i: number, j = 0) {
  const found = event(i).quotes[j];
  if (!found) throw new Error(`event #${i} has no quote #${j}`);
  return found;
}

/** The real ids, minus the events a fixture breaks. */
const without = (...broken: number[]) => ids.filter((_, i) => !broken.includes(i));

const EDTF_HINT =
  'is not a valid EDTF date; use e.g. "2020-12", "2023-12-08", "2020-12?", "2020-12/2023-12" or "../2023-12-08"';
const KIND_OPTIONS =
  'Invalid option: expected one of "capture"|"sentence"|"release"|"status"|"statement"';
const SLUG = 'must be a lowercase slug such as "release-32-servicemen"';
const YEARS = 'lies outside the years 0–9999 that a timeline can draw';
const NO_SUCH_DAY = 'names a day that does not exist';

// --- Serving -------------------------------------------------------------------------------

const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/**
 * Serves e2e/fixtures/bad/ at /fixtures/bad/ (same origin), `article.txt` from data/, and
 * `extra` bodies built at run time; anything else answers 404.
 */
async function serveCorpus(page: Page, extra: Record<string, string> = {}): Promise<void> {
  await page.route('**/fixtures/bad/**', async (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '');
    const contentType = CONTENT_TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
    if (name === 'article.txt') {
      await route.fulfill({ path: resolve(ROOT, 'data/article.txt'), contentType });
      return;
    }
    const file = resolve(BAD_DIR, name);
    const body = extra[name] ?? (existsSync(file) ? readFileSync(file, 'utf8') : null);
    if (body === null) await route.fulfill({ status: 404, body: 'not found' });
    else await route.fulfill({ status: 200, contentType, body });
  });
}

// --- Assertions shared by every case -----------------------------------------------------

const INJECTED = 'img, iframe, object, embed, script:not([type="module"]), [onerror], [onload]';

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

interface Skip {
  readonly index: number;
  readonly id: string | null;
  /** Every problem listed for the event, in order; a RegExp where the text is long. */
  readonly problems: readonly (string | RegExp)[];
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

interface StopCase {
  readonly file: string;
  readonly breaks: string;
  /** The error state's sentence (after the file's URL), and the problems it lists. */
  readonly message: string | RegExp;
  readonly details?: readonly string[];
}

interface PartialCase {
  readonly file: string;
  readonly breaks: string;
  readonly drawn: readonly string[];
  readonly skipped: readonly Skip[];
}

const STOPS: readonly StopCase[] = [
  {
    file: 'not-json-truncated.json',
    breaks: 'the body is cut off mid-string',
    message: /fixtures\/bad\/not-json-truncated\.json is not JSON \(SyntaxError: .+\)\.$/,
  },
  {
    file: 'empty-body.json',
    breaks: 'an empty 200 response',
    message: 'fixtures/bad/empty-body.json is not JSON (the response is empty).',
  },
  {
    file: 'html-error-page-200.html',
    breaks: 'an HTML error page served with status 200',
    message: /fixtures\/bad\/html-error-page-200\.html is not JSON \(SyntaxError: .*'<'.*\)\.$/,
  },
  {
    file: 'top-level-array.json',
    breaks: 'the dataset wrapped in an array',
    message:
      'fixtures/bad/top-level-array.json is not a valid timeline dataset: Invalid input: expected object, received array.',
    details: ['Invalid input: expected object, received array'],
  },
  {
    file: 'top-level-null.json',
    breaks: 'the body is null',
    message: 'is not a valid timeline dataset: Invalid input: expected object, received null.',
    details: ['Invalid input: expected object, received null'],
  },
  {
    file: 'top-level-string.json',
    breaks: 'the body is a JSON string',
    message: 'is not a valid timeline dataset: Invalid input: expected object, received string.',
    details: ['Invalid input: expected object, received string'],
  },
  {
    file: 'events-not-array.json',
    breaks: '"events" is an object',
    message:
      'is not a valid timeline dataset: events: Invalid input: expected array, received object.',
    details: ['events: Invalid input: expected array, received object'],
  },
  {
    file: 'envelope-fields-invalid.json',
    breaks: 'bad source day and URL, no attributions, an unknown top-level key',
    message:
      'is not a valid timeline dataset: source.published: Invalid ISO date; source.url: must be an http:// or https:// address; attributions: Too small: expected array to have >=1 items (and 1 more).',
    details: [
      'source.published: Invalid ISO date',
      'source.url: must be an http:// or https:// address',
      'attributions: Too small: expected array to have >=1 items',
      'version: unknown field',
    ],
  },
  {
    file: 'source-url-javascript.json',
    breaks: 'a javascript: source URL',
    message: 'is not a valid timeline dataset: source.url: must be an http:// or https:// address.',
    details: ['source.url: must be an http:// or https:// address'],
  },
];

const PARTIALS: readonly PartialCase[] = [
  {
    file: 'missing-required-fields.json',
    breaks: 'id, kind, date, title, quotes, summary and people each missing from one event',
    drawn: without(0, 1, 2, 3, 4, 5, 6),
    skipped: [
      { index: 0, id: null, problems: ['id: is required'] },
      { index: 1, id: ids[1] ?? '', problems: ['kind: is required'] },
      {
        index: 2,
        id: ids[2] ?? '',
        problems: ['date: is required'],
      },
      {
        index: 3,
        id: ids[3] ?? '',
        problems: ['title: is required'],
      },
      {
        index: 4,
        id: ids[4] ?? '',
        problems: ['quotes: is required'],
      },
      {
        index: 5,
        id: ids[5] ?? '',
        problems: ['summary: is required'],
      },
      { index: 6, id: ids[6] ?? '', problems: [`people: is required for kind "${event(6).kind}"`] },
    ],
  },
  {
    file: 'unknown-kind.json',
    breaks: 'kinds "execution" and "Release"',
    drawn: without(0, 9),
    skipped: [
      { index: 0, id: ids[0] ?? '', problems: [`kind: ${KIND_OPTIONS}`] },
      { index: 9, id: ids[9] ?? '', problems: [`kind: ${KIND_OPTIONS}`] },
    ],
  },
  {
    file: 'invalid-edtf.json',
    breaks:
      'month 13, open both ends, a set, an unknown bound, 30 February, empty, year 300000, a reversed interval, 29 February 2023',
    drawn: without(0, 1, 2, 3, 4, 5, 6, 7, 8),
    skipped: [
      { index: 0, id: ids[0] ?? '', problems: [`date: "2020-13" ${EDTF_HINT}`] },
      {
        index: 1,
        id: ids[1] ?? '',
        problems: ['date: "../.." is open at both ends and allows any date at all'],
      },
      {
        index: 2,
        id: ids[2] ?? '',
        problems: ['date: "[2020,2021]" is an EDTF set; give one date or an interval instead'],
      },
      {
        index: 3,
        id: ids[3] ?? '',
        problems: [
          'date: "/2023" has an unknown interval bound; write ".." for an open bound, e.g. "../2023-12-08"',
        ],
      },
      {
        index: 4,
        id: ids[4] ?? '',
        problems: [`date: "2023-02-30" ${NO_SUCH_DAY}: February 2023 has 28 days`],
      },
      { index: 5, id: ids[5] ?? '', problems: [`date: "" ${EDTF_HINT}`] },
      {
        index: 6,
        id: ids[6] ?? '',
        problems: [`date: "Y300000" ${YEARS}`],
      },
      { index: 7, id: ids[7] ?? '', problems: ['date: "2024/2020" ends before it starts'] },
      {
        index: 8,
        id: ids[8] ?? '',
        problems: [`date: "2023-02-29" ${NO_SUCH_DAY}: February 2023 has 28 days`],
      },
    ],
  },
  {
    file: 'offsets-shifted.json',
    breaks: 'start and end one character late',
    drawn: without(0),
    skipped: [
      {
        index: 0,
        id: ids[0] ?? '',
        problems: [
          `quotes[0].text: not found verbatim at characters ${quote(0).start + 1}–${quote(0).end + 1}; the text stands at ${quote(0).start}`,
        ],
      },
    ],
  },
  {
    file: 'offsets-wrong-length.json',
    breaks: 'end − start longer than the quote',
    drawn: without(1),
    skipped: [
      {
        index: 1,
        id: ids[1] ?? '',
        problems: [
          `quotes[0].end: end − start is ${quote(1).end + 5 - quote(1).start} but the quote is ${quote(1).end - quote(1).start} characters long`,
        ],
      },
    ],
  },
  {
    file: 'quote-end-past-article.json',
    breaks: 'offsets beyond the end of the article',
    drawn: without(3),
    skipped: [
      {
        index: 3,
        id: ids[3] ?? '',
        problems: [
          `quotes[0].end: 5000 is past the end of the article (${articleLength} characters)`,
        ],
      },
    ],
  },
  {
    file: 'quote-not-in-article.json',
    breaks: 'a quote whose words are not in the article',
    drawn: without(0),
    skipped: [
      {
        index: 0,
        id: ids[0] ?? '',
        problems: [
          `quotes[0].text: not found verbatim at characters ${quote(0).start}–${quote(0).end}, and the text does not occur anywhere in the article`,
        ],
      },
    ],
  },
  {
    file: 'duplicate-ids.json',
    breaks: 'an id used twice, and a whole event repeated',
    drawn: without(1),
    skipped: [
      {
        index: 1,
        id: ids[0] ?? '',
        problems: [`id: "${ids[0] ?? ''}" is already used by event #0`],
      },
      {
        index: ids.length,
        id: ids[9] ?? '',
        problems: [`id: "${ids[9] ?? ''}" is already used by event #9`],
      },
    ],
  },
  {
    file: 'unknown-attribution.json',
    breaks: 'attributions that are not in "attributions" (one not even a slug)',
    drawn: without(0, 4),
    skipped: [
      {
        index: 0,
        id: ids[0] ?? '',
        problems: ['quotes[0].attribution: "nobody" is not an id in "attributions"'],
      },
      { index: 4, id: ids[4] ?? '', problems: [`quotes[1].attribution: ${SLUG}`] },
    ],
  },
  {
    file: 'negative-counts.json',
    breaks: 'a negative count, minimum and sentence length',
    drawn: without(1, 3, 5),
    skipped: [
      { index: 1, id: ids[1] ?? '', problems: ['people.count: must not be negative'] },
      { index: 3, id: ids[3] ?? '', problems: ['people.min: must not be negative'] },
      { index: 5, id: ids[5] ?? '', problems: ['sentence_length.years: must not be negative'] },
    ],
  },
  {
    file: 'fractional-counts.json',
    breaks: 'fractional people counts (fractional years stay valid)',
    drawn: without(1, 3),
    skipped: [
      { index: 1, id: ids[1] ?? '', problems: ['people.count: must be a whole number'] },
      { index: 3, id: ids[3] ?? '', problems: ['people.max: must be a whole number'] },
    ],
  },
  {
    file: 'numbers-as-strings.json',
    breaks: 'offsets, a count and years written as strings',
    drawn: without(0, 1, 5),
    skipped: [
      {
        index: 0,
        id: ids[0] ?? '',
        problems: [
          'quotes[0].start: Invalid input: expected number, received string',
          'quotes[0].end: Invalid input: expected number, received string',
        ],
      },
      {
        index: 1,
        id: ids[1] ?? '',
        problems: ['people.count: Invalid input: expected number, received string'],
      },
      {
        index: 5,
        id: ids[5] ?? '',
        problems: ['sentence_length.years: Invalid input: expected number, received string'],
      },
    ],
  },
  {
    file: 'huge-numbers.json',
    breaks: 'counts of 1e400 (Infinity) and 1e20; 2^53 − 1 is allowed and drawn',
    drawn: without(1, 3),
    skipped: [
      { index: 1, id: ids[1] ?? '', problems: ['people.count: must be a whole number'] },
      {
        index: 3,
        id: ids[3] ?? '',
        problems: ['people.count: Too big: expected int to be <=9007199254740991'],
      },
    ],
  },
  {
    file: 'qualifier-mismatch.json',
    breaks: '"exact" without a number, "some" with one, min above max',
    drawn: without(0, 1, 3),
    skipped: [
      {
        index: 0,
        id: ids[0] ?? '',
        problems: ['people.count: is null but qualifier "exact" needs a number'],
      },
      {
        index: 1,
        id: ids[1] ?? '',
        problems: [
          'people.count: must be null when qualifier is "some" (the article gives no number)',
        ],
      },
      { index: 3, id: ids[3] ?? '', problems: ['people.min: min 70 is above max 60'] },
    ],
  },
  {
    file: 'kind-rules.json',
    breaks: 'a release without people, a sentence length on a release',
    drawn: without(8, 9),
    skipped: [
      { index: 8, id: ids[8] ?? '', problems: ['people: is required for kind "release"'] },
      {
        index: 9,
        id: ids[9] ?? '',
        problems: ['sentence_length: belongs only to kind "sentence", not "release"'],
      },
    ],
  },
  {
    file: 'unknown-keys.json',
    breaks: 'the typo "note" for "notes", an unknown key in people',
    drawn: without(0, 1),
    skipped: [
      { index: 0, id: ids[0] ?? '', problems: ['note: unknown field'] },
      { index: 1, id: ids[1] ?? '', problems: ['people.number: unknown field'] },
    ],
  },
  {
    file: 'too-many-quotes.json',
    breaks: '51 quotes on one event',
    drawn: without(9),
    skipped: [
      {
        index: 9,
        id: ids[9] ?? '',
        problems: ['quotes: Too big: expected array to have <=50 items'],
      },
    ],
  },
  {
    file: 'all-events-invalid.json',
    breaks: 'every date is 2023-12-32',
    drawn: [],
    skipped: ids.map((id, index) => ({
      index,
      id,
      problems: [`date: "2023-12-32" ${NO_SUCH_DAY}: December 2023 has 31 days`],
    })),
  },
  {
    file: 'empty-events.json',
    breaks: 'no events at all',
    drawn: [],
    skipped: [],
  },
  {
    file: 'deep-nesting.json',
    breaks: 'notes nested 10,000 arrays deep, people nested 10,000 objects deep',
    drawn: without(0, 1),
    skipped: [
      {
        index: 0,
        id: ids[0] ?? '',
        problems: ['notes[0]: Invalid input: expected string, received array'],
      },
      {
        index: 1,
        id: ids[1] ?? '',
        problems: [
          'people.count: Invalid input: expected number, received object',
          'people.qualifier: is required',
          'people.held_by: is required',
          'people.nationality: is required',
        ],
      },
    ],
  },
  {
    file: 'proto-keys.json',
    breaks: '"__proto__" and "constructor" keys (prototype pollution)',
    drawn: without(0, 1),
    skipped: [
      { index: 0, id: ids[0] ?? '', problems: ['__proto__: unknown field'] },
      { index: 1, id: ids[1] ?? '', problems: ['people.constructor: unknown field'] },
    ],
  },
  {
    file: 'zero-width-and-rtl.json',
    breaks:
      'zero-width spaces in an id and a quote; right-to-left, Arabic, Hebrew and a lone surrogate in text',
    drawn: without(0, 1),
    skipped: [
      { index: 0, id: `capture-near${ZWSP}-hadrut`, problems: [`id: ${SLUG}`] },
      {
        index: 1,
        id: ids[1] ?? '',
        problems: [
          `quotes[0].text: not found verbatim at characters ${quote(1).start}–${quote(1).end + 1}, and the text does not occur anywhere in the article`,
        ],
      },
    ],
  },
  {
    file: 'year-0-and-9999.json',
    breaks:
      'years 0, 9999 and an interval 0000/9999 (drawn); years −1, −300000, 10000 and a bare 20231208 (refused)',
    drawn: without(3, 4, 5, 6),
    skipped: [
      { index: 3, id: ids[3] ?? '', problems: [`date: "-0001-06" ${YEARS}`] },
      { index: 4, id: ids[4] ?? '', problems: [`date: "Y-300000" ${YEARS}`] },
      { index: 5, id: ids[5] ?? '', problems: [`date: "Y10000" ${YEARS}`] },
      // Bare digits are not a year: edtf.js alone reads them as milliseconds after 1970.
      { index: 6, id: ids[6] ?? '', problems: [`date: "20231208" ${EDTF_HINT}`] },
    ],
  },
  {
    file: 'control-characters.json',
    breaks: 'a bell (U+0007) in a title, an escape (U+001B) in a summary; tab and newline kept',
    drawn: without(2, 9),
    skipped: [
      {
        index: 2,
        id: ids[2] ?? '',
        problems: ['summary: must not contain control characters (U+001B at character 0)'],
      },
      {
        index: 9,
        id: ids[9] ?? '',
        problems: [
          `title: must not contain control characters (U+0007 at character ${Array.from(event(9).title).length})`,
        ],
      },
    ],
  },
  {
    file: 'count-outside-bounds.json',
    breaks: 'a count above its own max, a count below its own min',
    drawn: without(3, 9),
    skipped: [
      {
        index: 3,
        id: ids[3] ?? '',
        problems: [`people.count: ${event(3).people?.count ?? ''} is below its own min 70`],
      },
      {
        index: 9,
        id: ids[9] ?? '',
        problems: [`people.count: ${event(9).people?.count ?? ''} is above its own max 30`],
      },
    ],
  },
  {
    file: 'html-payloads.json',
    breaks: 'markup and script in every text field, the id, the date and a key',
    drawn: without(0, 1, 2),
    skipped: [
      { index: 0, id: '<img src=x onerror="window.__pwned=\'id\'">', problems: [`id: ${SLUG}`] },
      {
        index: 1,
        id: ids[1] ?? '',
        problems: [`date: "<script>window.__pwned="date"</script>" ${EDTF_HINT}`],
      },
      {
        index: 2,
        id: ids[2] ?? '',
        problems: ['["<b onmouseover=\\"window.__pwned=1\\">key</b>"]: unknown field'],
      },
    ],
  },
];

/** Files that are not datasets themselves, or whose cases live in their own tests below. */
const SUPPORT_FILES = new Set([
  'html-payloads.article.txt',
  'article-missing.json',
  'article-other-origin.json',
  'article-url-unparseable.json',
  'invisible-title.json',
  'time-without-offset.json',
]);

test('the committed corpus is what scripts/make-bad-fixtures.ts makes from data/timeline.json', () => {
  const built = buildBadFixtures();
  const onDisk = readdirSync(BAD_DIR).sort();
  expect(onDisk, 'run: npx tsx scripts/make-bad-fixtures.ts').toEqual(Object.keys(built).sort());
  for (const name of onDisk) {
    expect(readFileSync(resolve(BAD_DIR, name), 'utf8'), name).toBe(built[name]);
  }
  const covered = new Set([...STOPS, ...PARTIALS].map((c) => c.file));
  expect(onDisk.filter((name) => !covered.has(name) && !SUPPORT_FILES.has(name))).toEqual([]);
  expect(onDisk.length).toBeGreaterThanOrEqual(25);
});

for (const c of STOPS) {
  test(`${c.file} (${c.breaks}): the error state names the problem`, async ({ page }) => {
    await serveCorpus(page);
    await page.goto(`/?data=fixtures/bad/${c.file}`);
    await expectStopped(page, c.message, c.details);
    await expectNotBlank(page);
    await expectNothingInjected(page);
  });
}

for (const c of PARTIALS) {
  test(`${c.file} (${c.breaks}): valid events drawn, each skipped one named with its field`, async ({
    page,
  }) => {
    await serveCorpus(page);
    await page.goto(`/?data=fixtures/bad/${c.file}`);
    await expectNotBlank(page);
    await expectDrawn(page, c.drawn);
    if (c.skipped.length > 0) await expectSkipped(page, c.skipped);
    else await expect(page.getByTestId('skipped-events')).toHaveCount(0);
    await expectNothingInjected(page);
  });
}

// --- Cases that need more than the table -----------------------------------------------------

test('article-missing.json: a 404 article is named, and the timeline is drawn without it', async ({
  page,
  problems,
}) => {
  problems.allow(/Failed to load resource.*404/);
  await serveCorpus(page);
  await page.goto('/?data=fixtures/bad/article-missing.json');
  await expect(page.locator('[data-testid="timeline"][data-ready="true"]')).toBeVisible();
  await expect(page.getByTestId('article-notice')).toContainText(
    /Could not load the article http:\/\/[^ ]+\/fixtures\/bad\/no-such-article\.txt that the quotes point into \(HTTP 404\)\./,
  );
  await expectNotBlank(page);
});

test('html-payloads.json: every text field shows its markup as literal text', async ({ page }) => {
  await serveCorpus(page);
  const id = ids[9] ?? '';
  await page.goto(`/?data=fixtures/bad/html-payloads.json&event=${id}`);
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
  const outlet = base.attributions.findIndex((a) => a.id === 'outlet');
  const first = detail.getByTestId('quote').first();
  await expect(first.locator('blockquote')).toHaveText(`“${PAYLOAD_PARAGRAPH}”`);
  await expect(first.getByTestId('attribution')).toHaveText(
    payload(`attributions[${outlet}].label`),
  );

  await page.locator(`[data-event-id="${id}"]`).hover();
  await expect(page.getByTestId('tooltip')).toContainText(payload('title'));

  await first.getByRole('button', { name: 'Show in article' }).click();
  const article = page.getByTestId('article-view');
  await expect(article.locator('h2')).toHaveText(payload('source.title'));
  await expect(article.getByTestId('article-highlight')).toHaveText(PAYLOAD_PARAGRAPH);
  await expectNothingInjected(page);
});

test('zero-width-and-rtl.json: right-to-left and non-Latin text is shown as given', async ({
  page,
}) => {
  await serveCorpus(page);
  await page.goto(`/?data=fixtures/bad/zero-width-and-rtl.json&event=${ids[9] ?? ''}`);
  await expect(page.getByTestId('event-detail').locator('h2')).toHaveText(
    `${RLO}Azerbaijan releases 32${PDF} — أذربيجان — אזרבייג'ן`,
  );
  await page.goto(`/?data=fixtures/bad/zero-width-and-rtl.json&event=${ids[10] ?? ''}`);
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
    await page.goto(`/?data=fixtures/bad/year-0-and-9999.json&event=${ids[i] ?? ''}`);
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
      `Showing ${big.valid} of ${big.valid} events`,
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
  await page.goto('/?data=fixtures/bad/article-url-unparseable.json');
  const error = page.getByTestId('error-state');
  await expect(error).toBeVisible({ timeout: 15_000 });
  await expect(error.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expectNotBlank(page);
});

test.describe('fixed bugs, kept as regression tests', () => {
  test('article-url-unparseable.json: the message names source.article', async ({ page }) => {
    await serveCorpus(page);
    await page.goto('/?data=fixtures/bad/article-url-unparseable.json');
    await expect(page.getByTestId('error-state')).toContainText('source.article', {
      timeout: 15_000,
    });
  });

  test('article-other-origin.json: the refused article origin is named', async ({ page }) => {
    await serveCorpus(page);
    await page.goto('/?data=fixtures/bad/article-other-origin.json');
    await expect(page.getByTestId('error-state')).toContainText('https://evil.example', {
      timeout: 5_000,
    });
  });

  test('all-events-invalid.json: the empty state does not blame filters', async ({ page }) => {
    await serveCorpus(page);
    await page.goto('/?data=fixtures/bad/all-events-invalid.json');
    await expect(page.getByTestId('empty-state')).toBeVisible();
    await expect(page.getByTestId('empty-state')).not.toContainText('match these filters', {
      timeout: 2_000,
    });
  });

  test('invisible-title.json: a title of zero-width characters is refused', async ({ page }) => {
    await serveCorpus(page);
    await page.goto('/?data=fixtures/bad/invisible-title.json');
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
      await page.goto(`/?data=fixtures/bad/time-without-offset.json&event=${ids[9] ?? ''}`);
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
