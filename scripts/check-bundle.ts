/**
 * The bundle budget, checked after `vite build`: the JavaScript the default page fetches — what
 * dist/index.html loads and every chunk the app then asks for before the chart is interactive,
 * seen by opening the page in headless Chromium — must stay within BUDGET_BYTES gzip. CSS is
 * reported beside it, not counted. Chunks the page does not fetch (briefings, export, import,
 * the zoom code until the chart is reached for) are listed as lazy. The target is 100 kB;
 * `npm run size` says where the bytes go.
 *   npm run check:bundle
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fetchedByPages } from './size-pages';

export const BUDGET_BYTES = 131 * 1000;

const dist = resolve(import.meta.dirname, '../dist');
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

async function main() {
  const fetched = await fetchedByPages(dist, [{ name: 'default', path: '/' }]);
  const loaded = new Set(fetched.get('default'));
  let js = 0;
  let css = 0;
  for (const name of readdirSync(join(dist, 'assets')).sort()) {
    const bytes = readFileSync(join(dist, 'assets', name));
    const gzip = gzipSync(bytes, { level: 9 }).length;
    const counted = loaded.has(`assets/${name}`);
    if (counted && name.endsWith('.js')) js += gzip;
    if (counted && name.endsWith('.css')) css += gzip;
    console.log(
      `${counted ? 'default' : 'lazy   '}  ${name.padEnd(36)} ${kb(bytes.length).padStart(10)} ${kb(gzip).padStart(10)} gzip`,
    );
  }
  console.log(`default page: JS ${kb(js)} gzip (budget ${kb(BUDGET_BYTES)}), CSS ${kb(css)} gzip`);
  if (js > BUDGET_BYTES) {
    console.error(`bundle budget exceeded by ${kb(js - BUDGET_BYTES)}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(`check:bundle: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
