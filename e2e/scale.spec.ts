import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { generateDataset } from '../scripts/synthetic-dataset';
import { parseDataset } from '../src/data/parse-dataset';
import { EVENT_KINDS } from '../src/domain/kinds';
import type { TimelineEvent } from '../src/domain/types';
import { NO_FILTER_VALUES } from '../src/test/filter-values-arb';
import { oracleFilter } from '../src/test/oracles/filter-oracle';
import { expect, test } from './fixtures';

/**
 * Working with a large dataset: zoomed in, a 20,000-event file draws individual marks
 * one can select; filters and search give the same counts as the plain reference filter
 * (src/test/oracles), run here in Node over the same file. Generated once per worker (gen-data, fixed seed), served by route.
 */
const N = 20_000;
const DIR = join(tmpdir(), `custody-timeline-scale-${process.pid}`);
const DAY = 86_400_000;
let events: readonly TimelineEvent[] = [];

test.beforeAll(() => {
  mkdirSync(DIR, { recursive: true });
  const generated = generateDataset({ events: N, seed: 3, articleFile: 'scale.article.txt' });
  writeFileSync(join(DIR, 'scale.json'), JSON.stringify(generated.dataset));
  writeFileSync(join(DIR, 'scale.article.txt'), generated.article);
  const outcome = parseDataset(generated.dataset, generated.article);
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  events = outcome.dataset.events;
});

test.describe.configure({ timeout: 120_000 });

async function open(page: Page, query = ''): Promise<void> {
  await page.route('**/generated/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const contentType = name.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8';
    return route.fulfill({ path: join(DIR, name), contentType });
  });
  await page.goto(`/?data=generated/scale.json${query}`);
  await expect(page.locator('[data-testid="timeline"][data-ready="true"]')).toBeVisible({
    timeout: 90_000,
  });
}

const showing = (n: number) =>
  `Showing ${n.toLocaleString('en')} of ${N.toLocaleString('en')} events`;

test('unzoomed, 20,000 events are density strips; zoomed to ten days, marks one can select', async ({
  page,
}) => {
  await open(page);
  await expect(page.locator('[data-density]')).toHaveCount(EVENT_KINDS.length);
  // On the time plot; the undated column shows a few of each kind and counts the rest.
  await expect(page.locator('[data-event-id]:not([data-undated])')).toHaveCount(0);

  // Ten days around the middle one-day event: individual marks, without labels if crowded.
  const days = events.filter((e) => e.window.start?.precision === 'day' && !e.window.isInterval);
  const middle = days[Math.floor(days.length / 2)]?.window.start?.at ?? 0;
  const iso = (at: number) => new Date(at).toISOString().slice(0, 16) + 'Z';
  await page.goto(
    `/?data=generated/scale.json&from=${iso(middle - 5 * DAY)}&to=${iso(middle + 5 * DAY)}`,
  );
  await expect(page.locator('[data-testid="timeline"][data-ready="true"]')).toBeVisible({
    timeout: 90_000,
  });
  const marks = page.locator('[data-event-id]:not([data-undated])');
  await expect(marks.first()).toBeVisible();
  expect(await marks.count()).toBeGreaterThan(10);
  // Crowded lanes, compact marks and density strips side by side stay accessible.
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
  const id = (await marks.first().getAttribute('data-event-id')) ?? '';
  const event = events.find((e) => e.id === id);
  expect(event).toBeDefined();
  await marks.first().click();
  await expect(page.getByTestId('event-detail')).toContainText(event?.title ?? '');
  expect(new URL(page.url()).searchParams.get('event')).toBe(id);
});

test('filters and search on 20,000 events count exactly what the reference filter keeps', async ({
  page,
}) => {
  await open(page);
  await expect(page.getByTestId('showing')).toHaveText(showing(N));

  await page.getByRole('checkbox', { name: /Releases/ }).uncheck();
  const noReleases = events.filter((e) => e.kind !== 'release');
  await expect(page.getByTestId('showing')).toHaveText(showing(noReleases.length));
  await expect(page.locator('[data-density="release"]')).toHaveCount(0);

  await page.getByRole('searchbox').first().fill('border');
  const searched = oracleFilter(events, {
    ...NO_FILTER_VALUES,
    kinds: EVENT_KINDS.filter((k) => k !== 'release'),
    q: 'border',
  });
  expect(searched.length).toBeGreaterThan(0);
  expect(searched.length).toBeLessThan(noReleases.length);
  await expect(page.getByTestId('showing')).toHaveText(showing(searched.length));
});
