/**
 * Which built files a page really fetches, for `npm run size`: the build is served from a
 * throwaway local server that notes every path asked of it, and headless Chromium opens each
 * page until the chart is interactive and the network is quiet. The server's log, not the
 * browser's events, is the record: a worker's script and the chunks it imports are in it too.
 */
import { chromium } from '@playwright/test';
import { startStaticServer, stopStaticServer } from '../bench/static-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export interface PageToOpen {
  /** How the report names it: "default", "embed", "10,000 events". */
  readonly name: string;
  /** Path and query on the served build: "/?mode=embed". */
  readonly path: string;
}

/** Per page, the served paths (without the leading slash) it fetched, in order. */
export type FetchedFiles = ReadonlyMap<string, readonly string[]>;

/** Opens each page in a fresh context (an empty cache) and lists what it fetched. */
export async function fetchedByPages(
  root: string,
  pages: readonly PageToOpen[],
): Promise<FetchedFiles> {
  const log: string[] = [];
  // Uncompressed, on any free port, so the report never collides with a preview or a test server.
  const server = await startStaticServer(root, 0, {
    gzip: false,
    onRequest: (relative) => log.push(relative),
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port to serve on');
  const { port } = address;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  const fetched = new Map<string, readonly string[]>();
  try {
    for (const { name, path } of pages) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      log.length = 0;
      await page.goto(`http://127.0.0.1:${port}${path}`);
      // The chart is interactive: the app has started, and with it every chunk it asks for at once.
      await page
        .locator('[data-testid="timeline"][data-ready="true"]')
        .waitFor({ timeout: 120_000 });
      await page.waitForLoadState('networkidle');
      fetched.set(name, [...log]);
      await context.close();
    }
  } finally {
    await browser.close();
    await stopStaticServer(server);
  }
  return fetched;
}
