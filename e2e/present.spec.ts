import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openTimeline, readDataset, test } from './fixtures';
import { formatDay } from '../src/domain/format';
import { composite, contrast } from '../src/features/timeline/spotlight';
import type { Rgb } from '../src/features/timeline/spotlight';

const dataset = readDataset();
const count = dataset.events.length;

/** The page itself never scrolls: a clicker could not bring anything below the fold back. */
async function expectNoScroll(page: Page): Promise<void> {
  const { scrollHeight, innerHeight } = await page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    innerHeight: window.innerHeight,
  }));
  expect(scrollHeight).toBeLessThanOrEqual(innerHeight);
}

/** The spotlit mark's box lies wholly inside the window; returns its event id. */
async function expectSpotlitInView(page: Page, width: number, height: number): Promise<string> {
  const mark = page.locator('[data-event-id][aria-pressed="true"]');
  await expect(mark).toHaveCount(1);
  const box = await mark.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return '';
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(box.y + box.height).toBeLessThanOrEqual(height);
  return (await mark.getAttribute('data-event-id')) ?? '';
}

/** No two chart labels overlap: large type must not run into the next row's. */
async function expectLabelsApart(page: Page): Promise<void> {
  const overlaps = await page.evaluate(() => {
    const boxes = Array.from(document.querySelectorAll('.ct-label'), (label) => ({
      id: label.getAttribute('data-label-for'),
      box: label.getBoundingClientRect(),
    }));
    return boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter(
          (b) =>
            a.box.left < b.box.right &&
            b.box.left < a.box.right &&
            a.box.top < b.box.bottom &&
            b.box.top < a.box.bottom,
        )
        .map((b) => `${a.id ?? ''} / ${b.id ?? ''}`),
    );
  });
  expect(overlaps).toEqual([]);
}

/** The smallest computed font size of the chart's labels, in px. */
async function smallestLabel(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.min(
      ...Array.from(document.querySelectorAll('.ct-label'), (label) =>
        Number.parseFloat(getComputedStyle(label).fontSize),
      ),
    ),
  );
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`${width}×${height}: the opening, every step and the closing fit the window, each spotlit mark in view`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openTimeline(page, '?mode=present');
    const root = page.locator('[data-mode="present"]');
    const progress = page.getByTestId('progress');

    await expect(progress).toHaveText('Opening');
    const opening = page.getByTestId('opening-slide');
    await expect(opening.getByTestId('slide-title')).toHaveText(dataset.title);
    await expect(opening.getByTestId('slide-sources')).toContainText(
      'Western Armenia, “Azerbaijan Releases 32 Armenian Soldiers” (Politics), 8 December 2023',
    );
    await expect(opening.getByTestId('key-fact-figure')).toHaveText(['32', '2', '55', '26']);
    await expect(root).toHaveAttribute('data-fitted', 'true');
    await expectNoScroll(page);

    const visited = new Set<string>();
    for (let step = 1; step <= count; step += 1) {
      await page.keyboard.press('PageDown');
      await expect(progress).toHaveText(`${step} / ${count}`);
      await expect(page).toHaveURL(new RegExp(`step=${step}(&|$)`));
      await expect(root).toHaveAttribute('data-fitted', 'true');
      visited.add(await expectSpotlitInView(page, width, height));
      await expectNoScroll(page);
      if (width === 1920) expect(await smallestLabel(page)).toBeGreaterThanOrEqual(24);
      if (step === 1) await expectLabelsApart(page);
    }
    expect(visited.size).toBe(count);

    await page.keyboard.press('PageDown');
    await expect(progress).toHaveText('Closing');
    const closing = page.getByTestId('closing-slide');
    await expect(closing.getByTestId('slide-sources')).toContainText(
      'Western Armenia, “Azerbaijan Releases 32 Armenian Soldiers” (Politics), 8 December 2023',
    );
    await expect(closing.getByTestId('slide-derived')).toHaveText(
      `Data derived on ${formatDay(dataset.derived)} from this source · custody-timeline`,
    );
    await expect(root).toHaveAttribute('data-fitted', 'true');
    await expectNoScroll(page);
    // The last slide stays the last; Home goes back to the opening.
    await page.keyboard.press('PageDown');
    await expect(progress).toHaveText('Closing');
    await page.keyboard.press('Home');
    await expect(progress).toHaveText('Opening');
  });
}

test('1920×1080: the caption’s body is at least 24 px, the words the room reads', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openTimeline(page, '?mode=present&step=10');
  await expect(page.locator('[data-mode="present"]')).toHaveAttribute('data-fitted', 'true');
  const caption = page.getByTestId('step-caption');
  const sizes = await caption.evaluate((section) =>
    ['blockquote', 'h2'].map((tag) => {
      const node = section.querySelector(tag);
      return node ? Number.parseFloat(getComputedStyle(node).fontSize) : 0;
    }),
  );
  expect(sizes[0]).toBeGreaterThanOrEqual(24);
  expect(sizes[1]).toBeGreaterThanOrEqual(32);
});

test('a window too small for the smallest type scrolls each step’s mark into view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 420 });
  await openTimeline(page, '?mode=present&step=1');
  const root = page.locator('[data-mode="present"]');
  await expect(root).toHaveAttribute('data-label-size', '12');
  await page.keyboard.press('End');
  await expect(page.getByTestId('progress')).toHaveText('Closing');
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('progress')).toHaveText(`${count} / ${count}`);
  // The last event's lane is the chart's lowest: below a 420 px window unless brought into view.
  await expect
    .poll(async () => {
      const box = await page.locator('[data-event-id][aria-pressed="true"]').boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 420;
    })
    .toBe(true);
});

test('briefing.json sets the opening’s title and words and the closing’s words', async ({
  page,
}) => {
  const briefing = {
    title: 'December 2023',
    opening: { title: 'What one article reports', text: 'Eleven events, one source.' },
    closing: { text: 'Questions, and where to check.' },
    steps: [{ event: 'release-32-armenian-servicemen' }],
  };
  await page.route('**/data/briefing.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(briefing) }),
  );
  await openTimeline(page, '?mode=present');
  const opening = page.getByTestId('opening-slide');
  await expect(opening.getByTestId('slide-title')).toHaveText('What one article reports');
  await expect(opening).toContainText('Eleven events, one source.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('December 2023');
  await page.keyboard.press('End');
  await expect(page.getByTestId('progress')).toHaveText('Closing');
  await expect(page.getByTestId('closing-slide')).toContainText('Questions, and where to check.');
  await expect(page).toHaveURL(/step=2(&|$)/);
});

test('a bad opening in briefing.json is named, and the dataset’s own title opens', async ({
  page,
}) => {
  const briefing = { opening: { title: '' }, steps: [{ event: 'joint-statement' }] };
  await page.route('**/data/briefing.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(briefing) }),
  );
  await openTimeline(page, '?mode=present');
  await expect(page.getByRole('status').filter({ hasText: 'briefing.json' })).toHaveText(
    'briefing.json was ignored: opening.title: must not be empty (leave the field out to use the dataset’s title)',
  );
  await expect(page.getByTestId('opening-slide').getByTestId('slide-title')).toHaveText(
    dataset.title,
  );
});

test('1920×1080: the labels of events not spotlit keep 3:1 against the page, as drawn', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openTimeline(page, '?mode=present&step=6');
  await expect(page.locator('[data-mode="present"]')).toHaveAttribute('data-fitted', 'true');
  const drawn = await page.evaluate(() => {
    const rgb = (css: string) => (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    // The nearest painted background behind the chart: the page's.
    const painted = [document.querySelector('[data-mode="present"]'), document.body]
      .concat(document.documentElement)
      .map((node) => (node ? getComputedStyle(node).backgroundColor : ''))
      .find((css) => css !== '' && css !== 'rgba(0, 0, 0, 0)' && css !== 'transparent');
    const page = rgb(painted ?? 'rgb(255, 255, 255)');
    return Array.from(
      document.querySelectorAll('[data-event-id][aria-pressed="false"]'),
      (mark) => ({
        id: mark.getAttribute('data-event-id') ?? '',
        opacity: Number(mark.getAttribute('opacity') ?? '1'),
        label: rgb(getComputedStyle(mark.querySelector('.ct-label') ?? mark).fill),
        page,
      }),
    );
  });
  expect(drawn.length).toBe(count - 1);
  const rgb = (values: number[]): Rgb => [values[0] ?? 0, values[1] ?? 0, values[2] ?? 0];
  for (const mark of drawn) {
    const shown = composite(rgb(mark.label), rgb(mark.page), mark.opacity);
    expect(contrast(shown, rgb(mark.page)), mark.id).toBeGreaterThanOrEqual(3);
  }
});

test('the opening and closing slides have no WCAG 2.2 A/AA violations, in both themes', async ({
  page,
}) => {
  for (const query of ['?mode=present', '?mode=present&step=99', '?mode=present&dark=on&step=99']) {
    await openTimeline(page, query);
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(result.passes.length).toBeGreaterThan(0);
    expect(result.violations.map((v) => `${query} ${v.id}`)).toEqual([]);
  }
});
