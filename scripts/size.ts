/**
 * What the JavaScript costs, module by module, and what each page loads:
 *   npm run size [-- --html] [--events N] [--no-browser] [--all]
 * Builds the app with source maps into a temporary folder (dist/ is left alone), measures each
 * chunk's gzip size, splits it among the packages and src/ folders its source map names
 * (rollup-plugin-visualizer's raw data), and opens the default page, the embed page and a page
 * of N synthetic events (10,000 unless told; 0 skips it) in headless Chromium to see which
 * chunks each one fetches. Prints a text treemap per chunk and each page's JS and CSS in gzip.
 *   --html        also writes bench/out/treemap.html (the visualizer's treemap, minified bytes)
 *   --no-browser  the pages' chunks from the build's static import graph instead (no Chromium;
 *                 misses the chunks the app imports at start with import())
 *   --all         every group of every chunk, not just the largest
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { visualizer } from 'rollup-plugin-visualizer';
import { build } from 'vite';
import type { Plugin } from 'vite';
import { writeDataset } from './gen-data';
import { fetchedByPages } from './size-pages';
import type { FetchedFiles, PageToOpen } from './size-pages';
import { bar, bytesByChunk, costsOf, kb, parseStats } from './size-model';
import type { GroupCost } from './size-model';

const ROOT = resolve(import.meta.dirname, '..');
const TREEMAP = join(ROOT, 'bench/out/treemap.html');
/** Groups printed per chunk unless --all: the rest are summed on one line. */
const TOP = 10;

interface Options {
  readonly html: boolean;
  readonly browser: boolean;
  readonly all: boolean;
  readonly events: number;
}

function parseArgs(argv: readonly string[]): Options {
  let html = false;
  let browser = true;
  let all = false;
  let events = 10_000;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--html') html = true;
    else if (flag === '--no-browser') browser = false;
    else if (flag === '--all') all = true;
    else if (flag === '--events') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) {
        throw new Error(`--events needs a whole number, got "${String(argv[i])}"`);
      }
      events = value;
    } else throw new Error(`unknown argument "${String(flag)}"; see the top of scripts/size.ts`);
  }
  return { html, browser, all, events };
}

interface ChunkGraph {
  readonly imports: readonly string[];
}

/** Notes each chunk's static imports, for --no-browser. */
function chunkGraph(into: Map<string, ChunkGraph>): Plugin {
  return {
    name: 'custody-timeline:size-graph',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') into.set(output.fileName, { imports: output.imports });
      }
    },
  };
}

async function buildWithMaps(outDir: string, statsDir: string, html: boolean) {
  const graph = new Map<string, ChunkGraph>();
  const report = (filename: string, template: 'raw-data' | 'treemap') =>
    visualizer({ filename, template, sourcemap: true, projectRoot: ROOT });
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: true,
      // The visualizer's source-map walk is slow by nature; the bundler's note on it is noise here.
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
    plugins: [
      chunkGraph(graph),
      report(join(statsDir, 'page.json'), 'raw-data'),
      ...(html ? [report(TREEMAP, 'treemap')] : []),
    ],
    worker: { plugins: () => [report(join(statsDir, 'worker.json'), 'raw-data')] },
  });
  return graph;
}

/** The file as served: without the source-map comment this build adds. */
function servedBytes(path: string): Buffer {
  const text = readFileSync(path, 'utf8').replace(
    /\n?(?:\/\/# sourceMappingURL=\S+|\/\*# sourceMappingURL=\S+ \*\/)\s*$/,
    '',
  );
  return Buffer.from(text);
}

/** --no-browser: what index.html loads, and everything those chunks import statically. */
function staticallyLoaded(outDir: string, graph: ReadonlyMap<string, ChunkGraph>): FetchedFiles {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const seen = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] ?? '',
  );
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...(graph.get(file)?.imports ?? []));
  }
  return new Map([['default (static)', [...seen]]]);
}

interface Chunk {
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
  readonly costs: readonly GroupCost[];
  /** The pages that fetch it. */
  readonly pages: readonly string[];
}

function printChunk(chunk: Chunk, all: boolean) {
  const where = chunk.pages.length > 0 ? `loaded by: ${chunk.pages.join(', ')}` : 'lazy';
  console.log(
    `\n${chunk.file}  ${kb(chunk.bytes)} · ${kb(chunk.gzip)} gzip  [${where}]`.replace(
      'assets/',
      '',
    ),
  );
  const shown = all ? chunk.costs : chunk.costs.slice(0, TOP);
  for (const cost of shown) {
    console.log(
      `  ${bar(cost.gzip, chunk.gzip)} ${kb(cost.gzip).padStart(9)}  ${kb(cost.bytes).padStart(9)} min  ${cost.group}`,
    );
  }
  const rest = chunk.costs.slice(shown.length);
  if (rest.length > 0) {
    const gzip = rest.reduce((sum, cost) => sum + cost.gzip, 0);
    console.log(`  ${' '.repeat(24)} ${kb(gzip).padStart(9)}  (${rest.length} smaller groups)`);
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const outDir = mkdtempSync(join(tmpdir(), 'custody-size-'));
  const statsDir = mkdtempSync(join(tmpdir(), 'custody-size-stats-'));
  try {
    const graph = await buildWithMaps(outDir, statsDir, options.html);
    const pages: PageToOpen[] = [
      { name: 'default', path: '/' },
      { name: 'embed', path: '/?mode=embed' },
    ];
    if (options.events > 0) {
      const name = `synthetic-${options.events}.json`;
      writeDataset(options.events, 1, join(outDir, 'data', name));
      pages.push({ name: `${options.events} events`, path: `/?data=data/${name}` });
    }
    const fetched = options.browser
      ? await fetchedByPages(outDir, pages)
      : staticallyLoaded(outDir, graph);

    const bytes = bytesByChunk(
      parseStats(JSON.parse(readFileSync(join(statsDir, 'page.json'), 'utf8'))),
    );
    for (const [file, groups] of bytesByChunk(
      parseStats(JSON.parse(readFileSync(join(statsDir, 'worker.json'), 'utf8'))),
    )) {
      bytes.set(file, groups);
    }
    const chunks: Chunk[] = readdirSync(join(outDir, 'assets'))
      .filter((name) => /\.(?:js|css)$/.test(name))
      .map((name) => {
        const file = `assets/${name}`;
        const served = servedBytes(join(outDir, file));
        const gzip = gzipSync(served, { level: 9 }).length;
        return {
          file,
          bytes: served.length,
          gzip,
          costs: costsOf(bytes.get(file) ?? new Map(), served.length, gzip),
          pages: [...fetched].filter(([, files]) => files.includes(file)).map(([page]) => page),
        };
      })
      .sort((a, b) => b.pages.length - a.pages.length || b.gzip - a.gzip);

    console.log('Each chunk (gzip level 9), split by package / src folder: the gzip column is the');
    console.log("chunk's gzip size shared out by minified bytes, from its source map.");
    for (const chunk of chunks.filter((c) => c.file.endsWith('.js')))
      printChunk(chunk, options.all);

    console.log('\nWhat each page fetches (gzip):');
    for (const [page, files] of fetched) {
      const of = (ext: string) =>
        chunks
          .filter((c) => c.file.endsWith(ext) && files.includes(c.file))
          .reduce((sum, c) => sum + c.gzip, 0);
      console.log(
        `  ${page.padEnd(18)} JS ${kb(of('.js')).padStart(9)}   CSS ${kb(of('.css')).padStart(8)}`,
      );
    }
    if (options.html) console.log(`\nTreemap (minified bytes): ${TREEMAP}`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(statsDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`size: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
