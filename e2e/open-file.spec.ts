import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { workbookOf } from '../src/test/workbook';
import { ROOT, expect, test } from './fixtures';

/** A fictional crew, three events: the CSV sheets and the text their quotes come from. */
const CSV_SET = join(ROOT, 'e2e/fixtures/import/csv-set');
const CSV_FILES = readdirSync(CSV_SET).map((name) => join(CSV_SET, name));
const CREW = ['marigold-detained', 'marigold-captain-fined', 'marigold-released'];

const mark = (id: string) => `[data-event-id="${id}"]`;

async function openApp(page: Page) {
  await page.goto('/');
  await expect(page.locator('[data-testid="timeline"][data-ready="true"]')).toBeVisible();
}

async function expectDrawn(page: Page, ids: readonly string[]) {
  await expect(page).toHaveURL(/[?&]data=local(&|$)/);
  await expect(page.locator('[data-testid="timeline"][data-ready="true"]')).toBeVisible();
  await expect(page.locator('[data-event-id]')).toHaveCount(ids.length);
  for (const id of ids) await expect(page.locator(mark(id))).toHaveCount(1);
}

test.describe('open a file from the computer', () => {
  test('the CSV sheets by the file chooser: drawn, and a reload asks for the file again', async ({
    page,
  }) => {
    await openApp(page);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a file…' }).click();
    await (await chooser).setFiles(CSV_FILES);
    await expectDrawn(page, CREW);
    await expect(page.getByTestId('open-file-report')).toHaveAttribute('data-status', 'shown');
    await expect(page.getByTestId('skipped-events')).toHaveCount(0);

    await page.reload();
    const again = page.getByTestId('open-file-again');
    await expect(again).toContainText(
      'This view showed a file from your computer; open the file again',
    );
    const chooserAgain = page.waitForEvent('filechooser');
    await again.getByRole('button', { name: 'Open a file…' }).click();
    await (await chooserAgain).setFiles(CSV_FILES);
    await expectDrawn(page, CREW);
  });

  test('the CSV sheets dropped on the page', async ({ page }) => {
    await openApp(page);
    const files = readdirSync(CSV_SET).map((name) => ({
      name,
      text: readFileSync(join(CSV_SET, name), 'utf8'),
    }));
    const transfer = await page.evaluateHandle((given) => {
      const data = new DataTransfer();
      for (const { name, text } of given) data.items.add(new File([text], name));
      return data;
    }, files);
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expectDrawn(page, CREW);
  });

  test('a workbook with one bad row: the problem names tab, row and column; the rest is drawn', async ({
    page,
  }) => {
    await openApp(page);
    const sheet = (name: string) => readFileSync(join(CSV_SET, name), 'utf8');
    const claims = sheet('claims.csv').replace(',April 2031,', ',Smarch 2031,');
    const workbook = await workbookOf(
      new Map([
        ['sources', sheet('sources.csv')],
        ['attributions', sheet('attributions.csv')],
        ['claims', claims],
      ]),
    );
    await page.getByTestId('open-file-input').setInputFiles([
      {
        name: 'marigold.xlsx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(workbook),
      },
      {
        name: 'harbour-gazette.txt',
        mimeType: 'text/plain',
        buffer: readFileSync(join(CSV_SET, 'harbour-gazette.txt')),
      },
    ]);
    await expectDrawn(page, ['marigold-detained', 'marigold-released']);
    const report = page.getByTestId('open-file-report');
    await expect(report).toContainText('1 problem to fix');
    await expect(report.getByRole('list', { name: 'Problems' })).toContainText(
      'marigold.xlsx › claims, row 3, column date: "Smarch 2031" is not a date this reads',
    );
  });

  test('a TimelineJS JSON file: its slides are drawn as events', async ({ page }) => {
    await openApp(page);
    await page
      .getByTestId('open-file-input')
      .setInputFiles(join(ROOT, 'e2e/fixtures/import/timelinejs.json'));
    await expectDrawn(page, ['tjs-detained', 'tjs-fined', 'tjs-released']);
    await expect(page.getByRole('list', { name: 'Not carried over' })).toContainText(
      'no group; imported as a statement',
    );
  });
});
