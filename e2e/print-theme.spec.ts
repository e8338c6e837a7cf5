import type { Page } from '@playwright/test';
import { expect, openTimeline, test } from './fixtures';

/** The light theme's tokens (src/index.css): --ct-text #0f172a on white paper. */
const LIGHT_TEXT = 'rgb(15, 23, 42)';
const PAPER = 'rgb(255, 255, 255)';
/** The dark theme's --ct-text (#f1f5f9), which on screen must still apply. */
const DARK_TEXT = 'rgb(241, 245, 249)';

interface Colours {
  readonly text: string;
  /** The first opaque background behind the element, walking up to <html>. */
  readonly background: string;
}

async function coloursOf(page: Page, selector: string): Promise<Colours> {
  return page
    .locator(selector)
    .first()
    .evaluate((node) => {
      let background = 'rgba(0, 0, 0, 0)';
      for (let el: Element | null = node; el; el = el.parentElement) {
        const colour = getComputedStyle(el).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
          background = colour;
          break;
        }
      }
      return { text: getComputedStyle(node).color, background };
    });
}

async function expectLightPaper(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('event-table')).toBeVisible();
  expect(await coloursOf(page, 'h1')).toEqual({ text: LIGHT_TEXT, background: PAPER });
  expect(await coloursOf(page, '[data-testid="event-table"]')).toEqual({
    text: LIGHT_TEXT,
    background: PAPER,
  });
  expect(await coloursOf(page, '[data-testid="event-table"] td')).toEqual({
    text: LIGHT_TEXT,
    background: PAPER,
  });
}

test('printing with dark=on gives dark text on white paper', async ({ page }) => {
  await openTimeline(page, '?dark=on');
  // On screen the dark theme is in force: the fix must not turn it off there.
  expect((await coloursOf(page, 'h1')).text).toBe(DARK_TEXT);
  await expectLightPaper(page);
});

test('printing with dark=auto on a dark system gives dark text on white paper', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openTimeline(page);
  expect((await coloursOf(page, 'h1')).text).toBe(DARK_TEXT);
  await expectLightPaper(page);
});
