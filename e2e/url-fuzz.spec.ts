import { mulberry32 } from '../scripts/synthetic-dataset';
import { expect, test } from './fixtures';

const KEYS = [
  'data',
  'event',
  'kind',
  'side',
  'source',
  'src',
  'disputed',
  'cohort',
  'q',
  'from',
  'to',
  'uncertain',
  'mode',
  'step',
  'dark',
  'theme',
  'x',
  '',
];
const VALUES = [
  '',
  'release',
  'capture,nope',
  'kind',
  'azerbaijan,armenia',
  'apa',
  'joint-statement',
  'held-reservists-26',
  'western-armenia',
  'only',
  'reservists-hin-tagher-khtsaberd',
  'none',
  '2020-12-01',
  '2023-12-08T06:30Z',
  '2023-02-30',
  '9999-12-31',
  '0000-01-01',
  'xyz',
  '-1',
  '0',
  '3',
  '999999999',
  'embed',
  'present',
  'full',
  'on',
  'off',
  'auto',
  'projector',
  'hide',
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror=window.__pwned=1>',
  'javascript:alert(1)',
  'https://evil.example/x.json',
  '//evil.example/x.json',
  'nope.json',
  '%',
  '%E0%A4%A',
  '\u202Eevil\u202C',
  '\u200B\u200Bzero',
  '😀'.repeat(150),
  'a'.repeat(3000),
  'Hadrut',
  'hadrut  ',
  '../../etc/passwd',
];

function randomQuery(random: () => number): string {
  const pick = <T>(list: readonly T[]): T =>
    list[Math.floor(random() * list.length)] ?? (list[0] as T);
  const count = Math.floor(random() * 6);
  const parts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const value = pick(VALUES);
    // Half raw (possibly malformed percent-encoding), half properly encoded.
    parts.push(`${pick(KEYS)}=${random() < 0.5 ? value : encodeURIComponent(value)}`);
  }
  return `?${parts.join(random() < 0.9 ? '&' : ';')}`;
}

const SEED = 20231208;
const RUNS = 200;

test(`${RUNS} random query strings (seed ${SEED}) all give a valid view and no page error`, async ({
  page,
  problems,
}) => {
  test.setTimeout(180_000);
  // A random `data=` path may not exist: the browser logs that 404 itself; the app shows an error.
  problems.allow(/Failed to load resource: the server responded with a status of 404/);
  const random = mulberry32(SEED);
  await page.goto('/');
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  for (let run = 0; run < RUNS; run += 1) {
    const query = randomQuery(random);
    // Most runs change the URL in place (as Back/Forward do); every tenth is a real page load.
    if (run % 10 === 0) {
      await page.goto(`/${query}`);
    } else {
      await page.evaluate((q) => {
        window.history.pushState(null, '', q);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, query);
    }
    const settled = page.locator('[data-ready="true"], [data-testid="error-state"]');
    await expect(settled.first(), `run ${run}: ${query}`).toBeVisible();
    expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window), query).toBe(false);
  }
});
