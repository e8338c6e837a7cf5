import { noBrowserMessage } from './find-chromium';
import { localChromium, playwrightChromium } from './local-chromium';

/**
 * How every headless run starts Chromium (end-to-end tests, benchmark, profiler). The flags stop
 * the browser's own background traffic (updates, sync, field trials): a test run makes no request
 * beyond the pages under test, and a machine with a closed network would refuse them noisily.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The browser to drive, or an error that says how to get one. */
function requireChromium(): string {
  const found = localChromium();
  if (found) return found.path;
  throw new Error(
    noBrowserMessage([
      'CHROMIUM_PATH is not set',
      `Playwright's own Chromium is not installed (${playwrightChromium() ?? 'no build for this platform'})`,
      `no system Chromium or Chrome in the usual places for ${process.platform}`,
      '`npm test` gets one by itself (scripts/ensure-browser.ts); `npx playwright test` alone does not',
    ]),
  );
}

export const CHROMIUM_PATH = requireChromium();
