/** What every part of the bench shares: where the build lives, where it is served, the page size. */
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS as BASE_ARGS } from '../scripts/chromium';

export const ROOT = resolve(import.meta.dirname, '..');
export const OUT = join(ROOT, 'bench/out');
export const DIST = join(OUT, 'dist');
export const PORT = 4373;
export const ORIGIN = `http://127.0.0.1:${PORT}`;
export const VIEWPORT = { width: 1280, height: 900 };
export const CHROMIUM_ARGS = [...BASE_ARGS, '--enable-precise-memory-info'];
/** A page has settled when no long task has ended for this long. */
export const QUIET_MS = 500;

export function log(line: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
