/** What every part of the bench shares: where the build lives, where it is served, the page size. */
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS as BASE_ARGS } from '../scripts/chromium';

export const ROOT = resolve(import.meta.dirname, '..');
export const OUT = join(ROOT, 'bench/out');
export const DIST = join(OUT, 'dist');
export const PORT = 4373;
export const ORIGIN = `http://127.0.0.1:${PORT}`;
export const VIEWPORT = { width: 1280, height: 900 };
/**
 * Every host but the bench server resolves to nothing: the peers' libraries fetch fonts and
 * locales by URL, and a page that reached for a CDN would be timed on the network, not locally.
 */
export const CHROMIUM_ARGS = [
  ...BASE_ARGS,
  '--enable-precise-memory-info',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
/** A page has settled at the start of the first window this long with no DOM change and no long task. */
export const QUIET_MS = 1500;

export function log(line: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
