/**
 * Where the time goes, for one dataset size: an UNMINIFIED build (so function names survive),
 * a Chromium trace (main-thread self time by event: script, style, layout, paint, GC) and a V8
 * CPU profile (self time by JS function), for three phases: load → data-ready, one wheel notch
 * of zoom → its frame, and the "Releases" filter click → its frame.
 *   npx tsx bench/profile.ts [--events 10000] [--timeout 300] [--no-build] [--ref HEAD]
 * `--events 0`: the bundled dataset's own page (the prerendered page, hydrated), not a file.
 * Not part of `npm run bench`; prints tables to stdout.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { writeDataset } from '../scripts/gen-data';
import { addProbe, pollFor } from './probe';
import { sourceDir } from './source';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/out');
const DIST = join(OUT, 'dist-profile');
const PORT = 4374;
const ORIGIN = `http://127.0.0.1:${PORT}`;

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Self time (ms) per trace event name on the renderer's main thread, nesting subtracted. */
function mainThreadSelfTime(events: readonly TraceEvent[]): Map<string, number> {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { end: number; name: string; child: number; dur: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length > 0 && (stack[stack.length - 1]?.end ?? 0) <= upTo) {
      const top = stack.pop();
      if (!top) break;
      self.set(top.name, (self.get(top.name) ?? 0) + (top.dur - top.child) / 1000);
      const parent = stack[stack.length - 1];
      if (parent) parent.child += top.dur;
    }
  };
  for (const e of mine) {
    close(e.ts);
    stack.push({ end: e.ts + (e.dur ?? 0), name: e.name, child: 0, dur: e.dur ?? 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return self;
}

function jsSelfTime(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? basename(url).replace(/-[\w-]{8}\.js$/, '.js') : '';
    const key = `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000);
  });
  return self;
}

function top(map: Map<string, number>, n: number): string {
  const total = [...map.values()].reduce((a, b) => a + b, 0);
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([k, v]) =>
        `  ${v.toFixed(0).padStart(8)} ms ${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`,
    )
    .join('\n');
}

async function phase(
  browser: Browser,
  page: Page,
  cdp: CDPSession,
  label: string,
  action: () => Promise<void>,
): Promise<void> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  await action();
  const wall = Date.now() - started;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: TraceEvent[];
  };
  console.log(`\n## ${label} (${wall} ms wall)\nMain thread, self time by trace event:`);
  console.log(top(mainThreadSelfTime(trace.traceEvents), 12));
  console.log('JS self time by function (V8 sampling profiler):');
  console.log(top(jsSelfTime(profile), 25));
}

async function main(): Promise<void> {
  const n = Number(arg('--events', '10000'));
  const timeout = Number(arg('--timeout', '300')) * 1000;
  if (!process.argv.includes('--no-build')) {
    const built = spawnSync(
      'npx',
      [
        'vite',
        'build',
        '--outDir',
        DIST,
        '--emptyOutDir',
        '--minify',
        'false',
        '--logLevel',
        'warn',
      ],
      {
        cwd: sourceDir(process.argv.includes('--ref') ? arg('--ref', 'HEAD') : null).dir,
        encoding: 'utf8',
      },
    );
    if (built.status !== 0) throw new Error(`${built.stdout}${built.stderr}`);
  }
  const json = join(OUT, `synthetic-${n}.json`);
  if (n > 0) {
    const written = existsSync(json) ? null : writeDataset(n, 1, json);
    mkdirSync(join(DIST, 'data'), { recursive: true });
    copyFileSync(json, join(DIST, 'data', basename(json)));
    const article = written?.articlePath ?? json.replace(/\.json$/, '.article.txt');
    copyFileSync(article, join(DIST, 'data', basename(article)));
  }

  let server: ChildProcess | null = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      DIST,
      '--port',
      String(PORT),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { cwd: ROOT, detached: true, stdio: 'ignore' },
  );
  const stop = () => {
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    server = null;
  };
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  let browser: Browser | null = null;
  try {
    for (let i = 0; i < 150; i++) {
      const up = await fetch(`${ORIGIN}/`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      await sleep(200);
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    });
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      timezoneId: 'UTC',
    });
    await addProbe(context);
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    const cdp = await context.newCDPSession(page);
    const b = browser;
    console.log(`# profile: ${n > 0 ? `${n} events` : 'the bundled page'}, unminified build`);
    await phase(b, page, cdp, 'load → data-ready', async () => {
      const query = n > 0 ? `?data=data/${basename(json)}` : '';
      await page.goto(`${ORIGIN}/${query}`, { waitUntil: 'commit' });
      await pollFor(page, () => (window.__bench?.readyFrame ?? null) !== null, timeout, 100);
    });
    await sleep(1000);
    const box = await page.locator('[data-testid="chart"]').boundingBox();
    if (!box) throw new Error('no chart');
    await page.mouse.move(box.x + box.width / 2, Math.min(box.y + 60, 890));
    await phase(
      b,
      page,
      cdp,
      'one wheel notch → its frame (plus the 150 ms gesture end commit)',
      async () => {
        await page.mouse.wheel(0, -120);
        await sleep(400);
        await page.evaluate(
          () =>
            new Promise((done) => {
              requestAnimationFrame(() => setTimeout(done, 0));
            }),
        );
      },
    );
    await sleep(500);
    await page
      .getByRole('button', { name: 'Reset zoom' })
      .click()
      .catch(() => undefined);
    await sleep(500);
    await phase(b, page, cdp, 'filter "Releases" → its frame', async () => {
      await page.evaluate(() => window.__bench?.armFilter());
      await page.getByRole('checkbox', { name: /Releases/ }).click();
      await pollFor(page, () => (window.__bench?.filter?.t1 ?? null) !== null, timeout, 100);
    });
  } finally {
    await browser?.close().catch(() => undefined);
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
