/**
 * Which Chromium the end-to-end tests and the benchmark drive. Pure: the environment, the file
 * system and Playwright's own lookup come in as arguments, so the order is unit-tested.
 *
 * The order is the one a reader would expect: the browser they named, then the one Playwright
 * installed for itself (the usual case on a developer's laptop), then a Chromium or Chrome the
 * system already has. Getting a browser when none is found is scripts/ensure-browser.ts's job.
 */

/** Chromium and Chrome where their packages and installers put them. */
export const SYSTEM_BROWSERS: Readonly<Record<string, readonly string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

export type BrowserSource = 'CHROMIUM_PATH' | 'playwright' | 'system';

export interface FoundBrowser {
  readonly path: string;
  readonly source: BrowserSource;
}

export interface BrowserLookup {
  /** `process.env.CHROMIUM_PATH`; an empty string counts as unset. */
  readonly chromiumPath: string | undefined;
  /** Where Playwright's own Chromium would be (`chromium.executablePath()`), or null. */
  readonly playwrightPath: string | null;
  readonly platform: string;
  readonly exists: (path: string) => boolean;
}

/** Thrown when CHROMIUM_PATH names a file that is not there: a typo must not fall through. */
export class MissingNamedBrowserError extends Error {
  constructor(path: string) {
    super(`CHROMIUM_PATH is set to ${path}, but there is no file there.`);
    this.name = 'MissingNamedBrowserError';
  }
}

export function findChromium(lookup: BrowserLookup): FoundBrowser | null {
  const named = lookup.chromiumPath?.trim();
  if (named) {
    if (!lookup.exists(named)) throw new MissingNamedBrowserError(named);
    return { path: named, source: 'CHROMIUM_PATH' };
  }
  if (lookup.playwrightPath && lookup.exists(lookup.playwrightPath)) {
    return { path: lookup.playwrightPath, source: 'playwright' };
  }
  const system = (SYSTEM_BROWSERS[lookup.platform] ?? []).find((path) => lookup.exists(path));
  return system ? { path: system, source: 'system' } : null;
}

/** The one message a reader sees when no browser could be found or got. */
export function noBrowserMessage(tried: readonly string[]): string {
  return [
    'The end-to-end tests need Chromium or Chrome, and none was found or could be installed.',
    ...tried.map((line) => `  - ${line}`),
    'Do one of these, then run the tests again:',
    '  - npx playwright install chromium   (Playwright downloads its own browser)',
    '  - install Chromium or Chrome with your system package manager',
    '    (Debian/Ubuntu, as root: apt-get install -y chromium)',
    '  - CHROMIUM_PATH=/path/to/chrome npm test   (use a browser you already have)',
  ].join('\n');
}
