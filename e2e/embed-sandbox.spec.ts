import { expect, openTimeline, test } from './fixtures';

// The same ports as playwright.config.ts (E2E_PORT lets parallel runs use their own).
const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
const HOST = `http://127.0.0.1:${APP_PORT + 1}`;
const APP = `http://127.0.0.1:${APP_PORT}`;

test('in a sandbox without allow-downloads and allow-modals, Download and Print say they were refused', async ({
  page,
  problems,
}) => {
  // Chromium's own console lines for what the sandbox refuses.
  problems.allow(/Blocked form submission/);
  problems.allow(/Ignored call to 'print\(\)'/);
  let downloads = 0;
  page.on('download', () => {
    downloads += 1;
  });
  await page.goto(`${HOST}/sandboxed?src=${encodeURIComponent(`${APP}/`)}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-ready="true"]')).toBeVisible();

  await frame.getByRole('button', { name: 'Download PNG' }).click();
  await expect(frame.getByRole('alert')).toHaveText(
    'Download blocked: this page runs inside a sandboxed frame, which does not allow downloads. Open it in a tab of its own to download.',
  );
  await frame.getByRole('button', { name: 'Print' }).click();
  await expect(frame.getByRole('alert').filter({ hasText: 'Printing blocked' })).toHaveText(
    'Printing blocked: this page runs inside a sandboxed frame, which does not allow printing. Open it in a tab of its own to print.',
  );
  expect(downloads).toBe(0);
});

test('on an ordinary page the sandbox check stays silent: the download happens and print starts', async ({
  page,
}) => {
  await openTimeline(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('custody-timeline.svg');
  let printed = 0;
  await page.exposeFunction('notePrint', () => {
    printed += 1;
  });
  await page.evaluate(() => {
    window.addEventListener('beforeprint', () => {
      void (window as Window & { notePrint?: () => Promise<void> }).notePrint?.();
    });
  });
  await page.getByRole('button', { name: 'Print' }).click();
  await expect.poll(() => printed).toBe(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
