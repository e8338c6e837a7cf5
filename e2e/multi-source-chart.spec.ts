import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, openMultiSource, test } from './fixtures';

const mark = (id: string) => `[data-event-id="${id}"]`;
const COHORT = 'The 20 taken at Korven Pass';

test.describe('multi-source chart: disputes and cohorts', () => {
  test('disputed events carry the ≠ badge and say so in their accessible names', async ({
    page,
  }) => {
    await openMultiSource(page);
    for (const [id, range] of [
      ['release-korven-pass', '12–14'],
      ['held-korven-pass', '6–8'],
    ] as const) {
      const disputed = page.locator(mark(id));
      await expect(disputed).toHaveAttribute('data-disputed', 'true');
      await expect(disputed.locator('[data-dispute-marker]')).toBeVisible();
      await expect(disputed).toHaveAccessibleName(new RegExp(`Sources disagree: ${range}\\.`));
    }
    const capture = page.locator(mark('capture-korven-pass'));
    await expect(capture).not.toHaveAttribute('data-disputed', /.*/);
    await expect(capture.locator('[data-dispute-marker]')).toHaveCount(0);
    await expect(capture).not.toHaveAccessibleName(/disagree/);
    await expect(page.getByTestId('legend-dispute')).toContainText(
      'sources disagree on the number or the date',
    );
  });

  test('selecting an event rings the other events of its cohort, not itself', async ({ page }) => {
    await openMultiSource(page, 'event=capture-korven-pass');
    const ringed = page.locator('[data-cohort-highlight="true"]');
    await expect(ringed).toHaveCount(3);
    for (const id of ['sentence-korven-pass', 'release-korven-pass', 'held-korven-pass']) {
      const other = page.locator(mark(id));
      await expect(other).toHaveAttribute('data-cohort-highlight', 'true');
      await expect(other).toHaveAccessibleName(
        new RegExp(`Same cohort as the selected event: ${COHORT}\\.$`),
      );
    }
    const selected = page.locator(mark('capture-korven-pass'));
    await expect(selected).toHaveAttribute('aria-pressed', 'true');
    await expect(selected).not.toHaveAttribute('data-cohort-highlight', /.*/);
    await expect(page.getByTestId('legend-cohort')).toBeVisible();

    // Closing the selection takes the rings away.
    await selected.focus();
    await page.keyboard.press('Escape');
    await expect(ringed).toHaveCount(0);
    await expect(page.getByTestId('legend-cohort')).toHaveCount(0);
  });

  test('the table gives sources, the dispute with who says what, and the cohort', async ({
    page,
  }) => {
    await openMultiSource(page);
    await page.getByRole('button', { name: 'Show as table' }).click();
    const table = page.getByTestId('event-table');
    await expect(table.getByRole('columnheader')).toHaveText([
      'Date',
      'Kind',
      'Event',
      'People',
      'Sources',
      'Who says so',
      'Cohort',
    ]);
    const release = table.getByRole('row', { name: /Belmark releases Arland soldiers/ });
    await expect(release.getByTestId('table-dispute')).toHaveText(
      '≠ Sources disagree: 12–14. Northwind Courier says 12; Ministry of Foreign Affairs of Belmark says 12; Harbor Rights Watch says 14. Analyst’s reading: 12.',
    );
    // The event's title is the row header; the cells are date, kind, people, sources, …
    await expect(release.getByRole('cell').nth(3)).toHaveText(
      '3 sources: Northwind Courier; Ministry of Foreign Affairs of Belmark; Harbor Rights Watch',
    );
    // On screen the label; on paper its key ("A"), spelt out under the table.
    const cohortCell = release.getByRole('cell').last();
    await expect(cohortCell.locator('span').first()).toHaveText(COHORT);
    await expect(cohortCell.locator('span').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(cohortCell.locator('span').last()).toHaveText('A');
    await expect(page.getByTestId('cohort-key')).toHaveText(`Cohorts: A — ${COHORT}`);
    await page.emulateMedia({ media: 'screen' });
    const capture = table.getByRole('row', { name: /captured near Korven Pass/ });
    await expect(capture.getByTestId('table-dispute')).toHaveCount(0);
  });

  test('Download SVG carries the badges, the key line, the cohort rings and every source', async ({
    page,
  }) => {
    await openMultiSource(page, 'event=capture-korven-pass');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const file = test.info().outputPath('multi-source.svg');
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    const parsed = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        badges: doc.querySelectorAll('[data-dispute-marker]').length,
        ringed: doc.querySelectorAll('[data-cohort-highlight="true"]').length,
        texts: [...doc.querySelectorAll(':root > text, :root > g > text')].map(
          (t) => t.textContent,
        ),
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.badges).toBe(2);
    expect(parsed.ringed).toBe(3);
    // Each key line is the sign's meaning, after the sign where it is one ("≠ = …").
    const keyed = (words: string) => parsed.texts.join(' ').replace(/\s+/g, ' ').includes(words);
    expect(keyed('sources disagree on the number or the date')).toBe(true);
    expect(keyed('same people as the selected event (cohort)')).toBe(true);
    // The source line wraps onto as many lines as it needs, naming every source.
    const header = parsed.texts.join(' ');
    for (const publisher of [
      'Northwind Courier',
      'Harbor Rights Watch',
      'Ministry of Foreign Affairs of Belmark',
    ]) {
      expect(header).toContain(publisher);
    }
  });

  for (const dark of ['off', 'on']) {
    test(`axe: badges, cohort rings and the table have no WCAG 2.2 A/AA violations (dark=${dark})`, async ({
      page,
    }) => {
      await openMultiSource(page, `event=capture-korven-pass&dark=${dark}`);
      await page.getByRole('button', { name: 'Show as table' }).click();
      await expect(page.getByTestId('event-table')).toBeVisible();
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(result.violations.map((v) => v.id)).toEqual([]);
    });
  }
});
