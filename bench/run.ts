/**
 * npm run bench — builds the app, serves the build, generates datasets and FLOOR pages, and times
 * them in headless Chromium. See bench/README.md for what each metric means exactly.
 *   npm run bench -- [--sizes 15,1000,10000,100000] [--runs 5] [--warmup 1] [--timeout 60]
 *                    [--ready-timeout 90] [--budget 480] [--seed 1] [--no-build] [--ref HEAD]
 *                    [--results bench/results.json]
 */
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { writeDataset } from '../scripts/gen-data';
import type { RawDataset } from '../src/data/dataset-schema';
import { writeFloorPage } from './floor';
import { startStaticServer } from './static-server';
import type { FloorEvent } from './floor';
import { pollFor, PROBE } from './probe';
import { sourceDir } from './source';
import { fileSize, median, percentile, round } from './stats';
import { CHROMIUM_ARGS as BASE_ARGS, CHROMIUM_PATH } from '../scripts/chromium';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/out');
const DIST = join(OUT, 'dist');
const PORT = 4373;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const VIEWPORT = { width: 1280, height: 900 };
const CHROMIUM = CHROMIUM_PATH;
const CHROMIUM_ARGS = [...BASE_ARGS, '--enable-precise-memory-info'];
/** The app's load-failure panel (src/ui/error-state.tsx). */
const ERROR_STATE = '[data-testid="error-state"]';
/** A page has settled when no long task has ended for this long. */
const QUIET_MS = 500;
/** The longest main-thread task a reader may meet while a file is checked in the worker. */
const CHECK_TASK_TARGET_MS = 200;

// ---------------------------------------------------------------------------------- options

interface Options {
  sizes: number[];
  runs: number;
  warmup: number;
  timeoutMs: number;
  readyTimeoutMs: number;
  budgetMs: number;
  seed: number;
  build: boolean;
  /** Build this git ref (exported with git archive) instead of the working tree. */
  ref: string | null;
  /** Where to write the results (default bench/results.json). */
  results: string;
}

function parseOptions(argv: readonly string[]): Options {
  const o: Options = {
    sizes: [15, 1000, 10_000, 100_000],
    runs: 5,
    warmup: 1,
    timeoutMs: 60_000,
    readyTimeoutMs: 90_000,
    budgetMs: 480_000,
    seed: 1,
    build: true,
    ref: null,
    results: join(ROOT, 'bench/results.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    if (flag === '--no-build') {
      o.build = false;
      continue;
    }
    const value = argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    const n = Number(value);
    switch (flag) {
      case '--sizes':
        o.sizes = value.split(',').map(Number);
        break;
      case '--runs':
        o.runs = n;
        break;
      case '--warmup':
        o.warmup = n;
        break;
      case '--timeout':
        o.timeoutMs = n * 1000;
        break;
      case '--ready-timeout':
        o.readyTimeoutMs = n * 1000;
        break;
      case '--budget':
        o.budgetMs = n * 1000;
        break;
      case '--seed':
        o.seed = n;
        break;
      case '--ref':
        o.ref = value;
        break;
      case '--results':
        o.results = resolve(value);
        break;
      default:
        throw new Error(`unknown option ${flag}`);
    }
  }
  if (o.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('bad --sizes');
  return o;
}

// ----------------------------------------------------------------------------- server, build

let server: Server | null = null;

function log(line: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

function build(dir: string): void {
  log(`vite build ${dir === ROOT ? '(working tree)' : dir} → bench/out/dist`);
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: dir, encoding: 'utf8', timeout: 300_000 },
  );
  if (result.status !== 0) {
    throw new Error(
      `vite build failed (${String(result.status)}):\n${result.stdout}${result.stderr}`,
    );
  }
}

async function startServer(): Promise<void> {
  server = await startStaticServer(DIST, PORT);
}

async function stopServer(): Promise<void> {
  const running = server;
  server = null;
  if (!running) return;
  running.closeAllConnections();
  await new Promise<void>((resolve) => {
    running.close(() => {
      resolve();
    });
  });
}

function gitHead(): string | null {
  const r = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function gitDirty(): boolean {
  const r = spawnSync(
    'git',
    ['status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return r.status === 0 && r.stdout.trim() !== '';
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

// ----------------------------------------------------------------------------- targets

interface Target {
  readonly label: string;
  readonly events: number;
  readonly appPath: string;
  readonly floorPath: string;
  readonly dataFiles: readonly string[];
  readonly hasReleases: boolean;
}

function floorEventsOf(dataset: RawDataset): FloorEvent[] {
  return dataset.events.map((e) => ({
    kind: e.kind,
    date: e.date,
    count: e.people?.count ?? null,
  }));
}

function prepareTargets(options: Options, appDir: string): Target[] {
  mkdirSync(join(DIST, 'data'), { recursive: true });
  const targets: Target[] = [];
  const real = JSON.parse(readFileSync(join(appDir, 'data/timeline.json'), 'utf8')) as RawDataset;
  const realFloor = `floor-real-${real.events.length}.html`;
  writeFloorPage(join(DIST, realFloor), floorEventsOf(real), 'FLOOR (real dataset)');
  targets.push({
    label: `real ${real.events.length}`,
    events: real.events.length,
    appPath: '/',
    floorPath: `/${realFloor}`,
    dataFiles: ['data/timeline.json', 'data/article.txt'],
    hasReleases: real.events.some((e) => e.kind === 'release'),
  });
  for (const n of options.sizes) {
    const started = Date.now();
    const written = writeDataset(n, options.seed, join(OUT, `synthetic-${n}.json`));
    const json = basename(written.jsonPath);
    const article = basename(written.articlePath);
    copyFileSync(written.jsonPath, join(DIST, 'data', json));
    copyFileSync(written.articlePath, join(DIST, 'data', article));
    const floor = `floor-${n}.html`;
    writeFloorPage(join(DIST, floor), floorEventsOf(written.dataset), `FLOOR (${n} events)`);
    log(`generated synthetic-${n} (+ article, floor page) in ${Date.now() - started} ms`);
    targets.push({
      label: n.toLocaleString('en-US'),
      events: n,
      appPath: `/?data=data/${json}`,
      floorPath: `/${floor}`,
      dataFiles: [`data/${json}`, `data/${article}`],
      hasReleases: written.dataset.events.some((e) => e.kind === 'release'),
    });
  }
  return targets;
}

// ----------------------------------------------------------------------------- one run

type Outcome = number | 'timeout' | 'error' | 'skipped' | 'n/a';

interface ZoomResult {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly frames: number;
  readonly gestureMs: number;
}

interface RunResult {
  readyDomMs: Outcome;
  dataReadyMs: Outcome;
  settleMs: Outcome;
  longTaskMs: Outcome;
  /** The longest task that ended while the "Checking progress" bar was up ('n/a': no bar). */
  checkLongestMs: Outcome;
  heapMB: Outcome;
  domNodes: Outcome;
  marks: Outcome;
  zoomP50: Outcome;
  zoomP95: Outcome;
  zoomMax: Outcome;
  zoomFrames: Outcome;
  zoomGestureMs: Outcome;
  filterMs: Outcome;
  marksAtFilter: Outcome;
  /** Frame stats up to the moment a zoom gesture timed out (frames drawn so far). */
  zoomPartial?: Omit<ZoomResult, 'gestureMs'>;
  resources: string[];
  problems: string[];
}

class StepTimeout extends Error {}

/** Runs a step with a deadline; a Playwright TimeoutError counts as a timeout too. */
async function step<T>(ms: number, fn: () => Promise<T>): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const work = fn();
  work.catch(() => undefined); // the page is abandoned after a timeout; ignore its late failure
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new StepTimeout());
    }, ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } catch (error) {
    if (error instanceof StepTimeout) return 'timeout';
    if (error instanceof Error && error.name === 'TimeoutError') return 'timeout';
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function evaluate<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate<T>(expression);
}

/** Polls until no long task has ended for QUIET_MS; returns when the last one ended. */
async function settle(page: Page, since: number): Promise<{ at: number; longTaskMs: number }> {
  for (;;) {
    const s = await evaluate<{ now: number; last: number; total: number }>(
      page,
      `({ now: performance.now(), last: __bench.lastLongTaskEnd(),
          total: __bench.longTasks.reduce((sum, t) => sum + t[1], 0) })`,
    );
    const at = Math.max(since, s.last);
    if (s.now - at >= QUIET_MS) return { at, longTaskMs: s.total };
    await sleep(100);
  }
}

async function zoomSequence(page: Page): Promise<ZoomResult> {
  const box = await page.locator('[data-testid="chart"]').first().boundingBox();
  if (!box) throw new Error('chart has no box');
  const x = box.x + Math.min(box.width, VIEWPORT.width - box.x) / 2;
  const y = Math.min(box.y + 60, VIEWPORT.height - 10);
  await page.mouse.move(x, y);
  await page.evaluate('__bench.startFrames()');
  const started = Date.now();
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, -120);
    await sleep(40);
  }
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(x - i * 25, y);
    await sleep(16);
  }
  await page.mouse.up();
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, 120);
    await sleep(40);
  }
  const gestureMs = Date.now() - started;
  await sleep(300); // d3-zoom ends a wheel gesture 150 ms after its last event; that commits too
  const frames = await evaluate<number[]>(page, '__bench.stopFrames()');
  return { ...frameStats(frames), gestureMs };
}

function frameStats(frames: readonly number[]): Omit<ZoomResult, 'gestureMs'> {
  const intervals = frames.slice(1).map((t, i) => t - (frames[i] ?? t));
  return {
    p50: percentile(intervals, 50) ?? Number.NaN,
    p95: percentile(intervals, 95) ?? Number.NaN,
    max: percentile(intervals, 100) ?? Number.NaN,
    frames: intervals.length,
  };
}

async function heap(cdp: CDPSession): Promise<{ heapMB: number; domNodes: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const metrics = await cdp.send('Performance.getMetrics');
  const nodes = metrics.metrics.find((m) => m.name === 'Nodes')?.value ?? Number.NaN;
  return { heapMB: usage.usedSize / 1024 / 1024, domNodes: nodes };
}

function emptyResult(): RunResult {
  const skipped = 'skipped' as const;
  return {
    readyDomMs: skipped,
    dataReadyMs: skipped,
    settleMs: skipped,
    longTaskMs: skipped,
    checkLongestMs: skipped,
    heapMB: skipped,
    domNodes: skipped,
    marks: skipped,
    zoomP50: skipped,
    zoomP95: skipped,
    zoomMax: skipped,
    zoomFrames: skipped,
    zoomGestureMs: skipped,
    filterMs: skipped,
    marksAtFilter: skipped,
    resources: [],
    problems: [],
  };
}

type Step = 'zoom' | 'filter';

async function runOnce(
  browser: Browser,
  path: string,
  kind: 'app' | 'floor',
  options: Options,
  hasReleases: boolean,
  /** Steps that timed out in the warm-up: recorded as timeouts without being run again. */
  skip: ReadonlySet<Step>,
): Promise<RunResult> {
  const r = emptyResult();
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  try {
    await context.addInitScript({ content: PROBE });
    const page = await context.newPage();
    page.on('pageerror', (e) => r.problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') r.problems.push(`console.error: ${m.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) r.problems.push(`HTTP ${response.status()}: ${response.url()}`);
      else r.resources.push(response.url()); // node-side: known even when the page hangs
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const t = options.timeoutMs;

    // 1. navigation start → [data-ready="true"] drawn and visible
    const ready = await step(options.readyTimeoutMs, async () => {
      await page.goto(`${ORIGIN}${path}`, { waitUntil: 'commit', timeout: options.readyTimeoutMs });
      await pollFor(
        page,
        `window.__bench && (__bench.readyFrame !== null || document.querySelector('${ERROR_STATE}'))`,
        options.readyTimeoutMs,
      );
      const failed = await evaluate<string | null>(
        page,
        `document.querySelector('${ERROR_STATE}')?.textContent ?? null`,
      );
      if (failed !== null) return { failed };
      await page.locator('[data-ready="true"]').first().waitFor({ state: 'visible', timeout: t });
      return evaluate<{ dom: number; frame: number; marks: number }>(
        page,
        `({ dom: __bench.readyDom, frame: __bench.readyFrame,
            marks: document.querySelectorAll('[data-event-id], #marks > circle').length })`,
      );
    });
    if (ready === 'timeout') {
      r.dataReadyMs = r.readyDomMs = 'timeout';
      return r;
    }
    if ('failed' in ready) {
      r.dataReadyMs = r.readyDomMs = 'error';
      r.problems.push(`the app shows its error state: ${ready.failed}`);
      return r;
    }
    r.readyDomMs = ready.dom;
    r.dataReadyMs = ready.frame;
    r.marks = ready.marks;

    // 2. settle: end of the last long task, once none has ended for QUIET_MS
    const settled = await step(t, () => settle(page, ready.frame));
    if (settled === 'timeout') {
      r.settleMs = r.longTaskMs = 'timeout';
      return r;
    }
    r.settleMs = settled.at;
    r.longTaskMs = settled.longTaskMs;
    // Read once settled: the observers deliver long-task entries after the tasks end.
    const checkLongest = await evaluate<number | null>(page, '__bench.checkLongest()');
    r.checkLongestMs = checkLongest ?? 'n/a';

    // 3. heap after a forced GC, and DOM size
    const h = await step(t, () => heap(cdp));
    if (h !== 'timeout') {
      r.heapMB = h.heapMB;
      r.domNodes = h.domNodes;
    } else r.heapMB = r.domNodes = 'timeout';

    // 4. zoom and pan frame times
    const zoom = skip.has('zoom') ? ('timeout' as const) : await step(t, () => zoomSequence(page));
    if (zoom === 'timeout') {
      r.zoomP50 = r.zoomP95 = r.zoomMax = r.zoomFrames = r.zoomGestureMs = 'timeout';
      if (!skip.has('zoom')) {
        // The gesture did not finish in time: keep the frames drawn so far, flagged as partial.
        const frames = await step(15_000, () => evaluate<number[]>(page, '__bench.stopFrames()'));
        if (frames !== 'timeout' && frames.length > 1) r.zoomPartial = frameStats(frames);
        return r; // the page is still busy with the gesture: nothing after it would be fair
      }
    } else {
      r.zoomP50 = zoom.p50;
      r.zoomP95 = zoom.p95;
      r.zoomMax = zoom.max;
      r.zoomFrames = zoom.frames;
      r.zoomGestureMs = zoom.gestureMs;
    }

    // 5. filter change → its frame (the app only)
    if (kind === 'floor' || !hasReleases) {
      r.filterMs = r.marksAtFilter = 'n/a';
      return r;
    }
    if (skip.has('filter')) {
      r.filterMs = r.marksAtFilter = 'timeout';
      return r;
    }
    const filtered = await step(t, async () => {
      await settle(page, 0);
      const marks = await evaluate<number>(
        page,
        `document.querySelectorAll('[data-event-id]').length`,
      );
      await page.evaluate('__bench.armFilter()');
      await page.getByRole('checkbox', { name: /Releases/ }).click({ timeout: t });
      await pollFor(page, '__bench.filter.t1 !== null', t);
      const f = await evaluate<{ t0: number; t1: number }>(page, '__bench.filter');
      return { ms: f.t1 - f.t0, marks };
    });
    if (filtered === 'timeout') r.filterMs = r.marksAtFilter = 'timeout';
    else {
      r.filterMs = filtered.ms;
      r.marksAtFilter = filtered.marks;
    }
    return r;
  } catch (error) {
    r.problems.push(`bench: ${error instanceof Error ? error.message : String(error)}`);
    return r;
  } finally {
    await context.close().catch(() => undefined);
  }
}

// ----------------------------------------------------------------------------- aggregation

const METRICS = [
  'readyDomMs',
  'dataReadyMs',
  'settleMs',
  'longTaskMs',
  'checkLongestMs',
  'filterMs',
  'marksAtFilter',
  'zoomP50',
  'zoomP95',
  'zoomMax',
  'zoomFrames',
  'zoomGestureMs',
  'heapMB',
  'domNodes',
  'marks',
] as const;
type Metric = (typeof METRICS)[number];

interface Summary {
  /** Median over the measured runs, or why there is none. */
  readonly value: number | 'timeout' | 'error' | 'skipped' | 'n/a';
  readonly samples: readonly Outcome[];
}

function summarize(runs: readonly RunResult[]): Record<Metric, Summary> {
  const out = {} as Record<Metric, Summary>;
  for (const metric of METRICS) {
    const samples = runs.map((r) => r[metric]);
    const numbers = samples.filter((s): s is number => typeof s === 'number');
    const m = median(numbers);
    const other = samples.find((s) => typeof s !== 'number') ?? 'error';
    out[metric] = {
      value: m === null ? (typeof other === 'number' ? 'error' : other) : round(m, 1),
      samples: samples.map((s) => (typeof s === 'number' ? round(s, 1) : s)),
    };
  }
  return out;
}

interface Bytes {
  readonly js: { raw: number; gzip: number };
  readonly css: { raw: number; gzip: number };
  readonly data: { raw: number; gzip: number };
  readonly html: { raw: number; gzip: number };
  readonly files: readonly string[];
}

/** Sizes of the files the page fetched from the build (resource timing URLs → files on disk). */
function bytesOf(urls: readonly string[]): Bytes {
  const sum = () => ({ raw: 0, gzip: 0 });
  const b = { js: sum(), css: sum(), data: sum(), html: sum() };
  const files = new Set<string>();
  for (const url of urls) {
    let pathname: string;
    try {
      const u = new URL(url);
      if (u.origin !== ORIGIN) continue;
      pathname = decodeURIComponent(u.pathname);
    } catch {
      continue;
    }
    const file = join(DIST, pathname === '/' ? 'index.html' : pathname);
    if (files.has(file) || !existsSync(file)) continue;
    files.add(file);
    const size = fileSize(file);
    const bucket = file.endsWith('.js')
      ? b.js
      : file.endsWith('.css')
        ? b.css
        : file.endsWith('.html')
          ? b.html
          : /\.(json|txt)$/.test(file)
            ? b.data
            : null;
    if (!bucket) continue;
    bucket.raw += size.raw;
    bucket.gzip += size.gzip;
  }
  return { ...b, files: [...files].map((f) => f.slice(DIST.length + 1)) };
}

type PartialZoom = Partial<Record<'app' | 'floor', Omit<ZoomResult, 'gestureMs'>>>;

interface SizeResult {
  readonly label: string;
  readonly events: number;
  readonly url: string;
  readonly floorUrl: string;
  readonly runs: { app: number; floor: number };
  readonly note: string | null;
  /** Frames drawn before a zoom gesture timed out, when it did (warm-up run). */
  readonly zoomPartial: PartialZoom;
  readonly app: Record<Metric, Summary>;
  readonly floor: Record<Metric, Summary>;
  readonly bytes: { app: Bytes; floor: Bytes };
  readonly problems: readonly string[];
}

async function measureTarget(
  browser: Browser,
  target: Target,
  options: Options,
  /** When this size's share of the time budget runs out (epoch ms). */
  deadline: number,
): Promise<SizeResult> {
  const notes: string[] = [];
  const partialZoom: PartialZoom = {};
  const measure = async (kind: 'app' | 'floor', path: string, share: number) => {
    let runs = options.runs;
    const results: RunResult[] = [];
    const skip = new Set<Step>();
    for (let i = 0; i < options.warmup + runs; i++) {
      const t0 = Date.now();
      const result = await runOnce(browser, path, kind, options, target.hasReleases, skip);
      const took = Date.now() - t0;
      const warm = i < options.warmup;
      log(
        `${target.label} ${kind} ${warm ? 'warm-up' : `run ${i - options.warmup + 1}/${runs}`}: ` +
          `ready ${fmt(result.dataReadyMs)} ms, settle ${fmt(result.settleMs)}, ` +
          `filter ${fmt(result.filterMs)}, zoom p95 ${fmt(result.zoomP95)} (${took} ms)`,
      );
      if (!warm) results.push(result);
      else if (result.dataReadyMs === 'timeout' || result.dataReadyMs === 'error') {
        // A load that cannot finish once will not finish five times: keep the warm-up's verdict.
        notes.push(`${kind}: warm-up load ${result.dataReadyMs}; no further runs`);
        results.push(result);
        break;
      } else {
        // A step that timed out in the warm-up is not retried; the steps after it still run.
        if (result.zoomP50 === 'timeout' && !skip.has('zoom')) {
          skip.add('zoom');
          const p = result.zoomPartial;
          notes.push(
            `${kind}: zoom gesture timed out in the warm-up` +
              (p
                ? ` (${p.frames} frames drawn in ${options.timeoutMs / 1000} s: p50 ${fmt(p.p50)} ms, ` +
                  `p95 ${fmt(p.p95)} ms, max ${fmt(p.max)} ms)`
                : '') +
              '; not retried',
          );
          if (p) partialZoom[kind] = p;
        }
        if (result.filterMs === 'timeout') skip.add('filter');
      }
      // Keep the whole bench inside its budget: slow sizes get fewer measured runs. A step
      // skipped from now on does not count in the estimate of the next run.
      const next =
        skip.has('zoom') && result.zoomP50 === 'timeout' ? took - options.timeoutMs : took;
      const left = (deadline - Date.now()) * share;
      const measured = warm ? 0 : results.length;
      const remaining = options.warmup + runs - i - 1;
      if (remaining > 0 && next * remaining > left) {
        runs = Math.min(runs, Math.max(warm ? 1 : measured, measured + Math.floor(left / next)));
      }
    }
    if (results.length < options.runs && !notes.some((n) => n.startsWith(`${kind}: warm-up`))) {
      notes.push(
        `${kind}: ${results.length} measured run(s) instead of ${options.runs} (time budget)`,
      );
    }
    return results;
  };
  // The floor first: it is cheap, so a slow app size cannot leave it without runs.
  const floor = await measure('floor', target.floorPath, 0.25);
  const app = await measure('app', target.appPath, 1);
  const appUrls = app.flatMap((r) => r.resources);
  const floorUrls = floor.flatMap((r) => r.resources);
  return {
    label: target.label,
    events: target.events,
    url: target.appPath,
    floorUrl: target.floorPath,
    runs: { app: app.length, floor: floor.length },
    note: notes.length > 0 ? notes.join('; ') : null,
    zoomPartial: partialZoom,
    app: summarize(app),
    floor: summarize(floor),
    bytes: {
      app: bytesOf(
        appUrls.length > 0
          ? appUrls
          : [`${ORIGIN}/`, ...target.dataFiles.map((f) => `${ORIGIN}/${f}`)],
      ),
      floor: bytesOf(floorUrls.length > 0 ? floorUrls : [`${ORIGIN}${target.floorPath}`]),
    },
    problems: [...new Set([...app, ...floor].flatMap((r) => r.problems))].slice(0, 20),
  };
}

// ----------------------------------------------------------------------------- report

function fmt(value: Outcome | Summary['value'], digits = 0): string {
  if (typeof value !== 'number') return value;
  if (!Number.isFinite(value)) return '–';
  return value.toLocaleString('en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

const kb = (n: number) => fmt(n / 1024, 0);

/** Long tasks are observed from 50 ms up: 0 means none that long, not an instant check. */
function checkCell(value: Summary['value']): string {
  return value === 0 ? '<50' : fmt(value);
}

/** One line per size whose file was checked with a progress bar: the figure beside its target. */
function checkLines(results: readonly SizeResult[]): string[] {
  return results.flatMap((s) => {
    const value = s.app.checkLongestMs.value;
    if (typeof value !== 'number') return [];
    const verdict = value < CHECK_TASK_TARGET_MS ? 'within' : 'OVER';
    return [
      `- ${s.label}: ${checkCell(value)} ms (target < ${CHECK_TASK_TARGET_MS} ms: ${verdict})`,
    ];
  });
}

/** A zoom percentile; after a timeout, the value over the frames drawn before it ("≥"). */
function zoomCell(value: Summary['value'], partial: number | undefined): string {
  if (value === 'timeout' && partial !== undefined) return `timeout (≥${fmt(partial)})`;
  return fmt(value, 1);
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const line = (r: readonly string[]) =>
    `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (c === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(rows[0] ?? []), rule, ...rows.slice(1).map(line)].join('\n');
}

function report(results: readonly SizeResult[], readyTimeoutMs: number): string {
  const app: string[][] = [
    [
      'events',
      'marks',
      'data-ready ms',
      'floor ms',
      '× floor',
      'settle ms',
      'long tasks ms',
      'check max task ms',
      'filter ms',
      'zoom p50 ms',
      'zoom p95 ms',
      'heap MB',
      'DOM nodes',
      'JS KB raw/gz',
      'CSS KB raw/gz',
      'data KB raw/gz',
      'runs',
    ],
  ];
  for (const s of results) {
    const ready = s.app.dataReadyMs.value;
    const floor = s.floor.dataReadyMs.value;
    const ratio =
      typeof floor !== 'number' || floor <= 0
        ? '–'
        : typeof ready === 'number'
          ? `${fmt(ready / floor, 1)}×`
          : ready === 'timeout'
            ? `>${fmt(readyTimeoutMs / floor)}×`
            : '–';
    const b = s.bytes.app;
    app.push([
      s.label,
      fmt(s.app.marks.value),
      fmt(ready),
      fmt(floor),
      ratio,
      fmt(s.app.settleMs.value),
      fmt(s.app.longTaskMs.value),
      checkCell(s.app.checkLongestMs.value),
      fmt(s.app.filterMs.value),
      zoomCell(s.app.zoomP50.value, s.zoomPartial.app?.p50),
      zoomCell(s.app.zoomP95.value, s.zoomPartial.app?.p95),
      fmt(s.app.heapMB.value, 1),
      fmt(s.app.domNodes.value),
      `${kb(b.js.raw)}/${kb(b.js.gzip)}`,
      `${kb(b.css.raw)}/${kb(b.css.gzip)}`,
      `${kb(b.data.raw)}/${kb(b.data.gzip)}`,
      String(s.runs.app),
    ]);
  }
  const floor: string[][] = [
    [
      'FLOOR events',
      'marks',
      'ready ms',
      'settle ms',
      'zoom p50 ms',
      'zoom p95 ms',
      'heap MB',
      'DOM nodes',
      'HTML KB raw/gz',
      'runs',
    ],
  ];
  for (const s of results) {
    const b = s.bytes.floor;
    floor.push([
      s.label,
      fmt(s.floor.marks.value),
      fmt(s.floor.dataReadyMs.value),
      fmt(s.floor.settleMs.value),
      zoomCell(s.floor.zoomP50.value, s.zoomPartial.floor?.p50),
      zoomCell(s.floor.zoomP95.value, s.zoomPartial.floor?.p95),
      fmt(s.floor.heapMB.value, 1),
      fmt(s.floor.domNodes.value),
      `${kb(b.html.raw)}/${kb(b.html.gzip)}`,
      String(s.runs.floor),
    ]);
  }
  const checks = checkLines(results);
  const notes = results.filter((s) => s.note).map((s) => `- ${s.label}: ${s.note ?? ''}`);
  const problems = results
    .filter((s) => s.problems.length > 0)
    .map((s) => `- ${s.label}: ${s.problems.slice(0, 3).join(' | ')}`);
  return [
    table(app),
    '',
    table(floor),
    ...(checks.length
      ? ['', 'Longest main-thread task while a file is checked (median of runs):', ...checks]
      : []),
    ...(notes.length ? ['', 'Notes:', ...notes] : []),
    ...(problems.length ? ['', 'Page problems:', ...problems] : []),
  ].join('\n');
}

// ----------------------------------------------------------------------------- main

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const source = sourceDir(options.ref);
  if (options.build) build(source.dir);
  else if (!existsSync(join(DIST, 'index.html'))) throw new Error('no build: drop --no-build');
  const targets = prepareTargets(options, source.dir);
  await startServer();
  log(`static server (precompressed gzip) on ${ORIGIN}`);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
    });
    const results: SizeResult[] = [];
    const end = started + options.budgetMs;
    for (const [i, target] of targets.entries()) {
      // Fair share: each size gets an equal part of what is left, so a slow size cannot starve
      // the ones after it; time a fast size leaves unused goes to the later ones.
      const deadline = Date.now() + (end - Date.now()) / (targets.length - i);
      results.push(await measureTarget(browser, target, options, deadline));
    }
    const cpus = os.cpus();
    const output = {
      machine: {
        cpu: cpus[0]?.model ?? 'unknown',
        cores: cpus.length,
        memoryGB: round(os.totalmem() / 1024 ** 3, 1),
        os: `${os.type()} ${os.release()} ${os.arch()}`,
        node: process.version,
        chromium: browser.version(),
        date: new Date().toISOString(),
      },
      config: {
        runs: options.runs,
        warmup: options.warmup,
        stepTimeoutMs: options.timeoutMs,
        readyTimeoutMs: options.readyTimeoutMs,
        budgetMs: options.budgetMs,
        seed: options.seed,
        ref: options.ref,
        commit: source.commit ?? gitHead(),
        workingTreeDirty: source.commit === null ? gitDirty() : false,
        viewport: VIEWPORT,
        chromiumArgs: CHROMIUM_ARGS,
        quietMs: QUIET_MS,
      },
      durationMs: Date.now() - started,
      results,
    };
    writeFileSync(options.results, `${JSON.stringify(output, null, 2)}\n`);
    console.log(report(results, options.readyTimeoutMs));
    console.log(
      `\n${output.machine.cpu} × ${output.machine.cores}, ${output.machine.memoryGB} GB, ` +
        `node ${output.machine.node}, Chromium ${output.machine.chromium}; ` +
        `${Math.round(output.durationMs / 1000)} s; wrote ${relative(ROOT, options.results)}`,
    );
  } finally {
    await browser?.close().catch(() => undefined);
    await stopServer();
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void stopServer().finally(() => process.exit(130));
  });
}

main().catch(async (error: unknown) => {
  console.error(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  await stopServer();
  process.exit(1);
});
