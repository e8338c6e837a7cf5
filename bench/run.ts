/**
 * npm run bench — builds the app, serves the build, generates datasets, FLOOR pages and the
 * peers' pages, times them interleaved in headless Chromium, checks the issue's targets, and runs
 * Lighthouse. See bench/README.md for what each metric means exactly.
 *   npm run bench -- [--sizes 15,1000,10000,100000] [--runs 3] [--warmup 1] [--timeout 60]
 *                    [--ready-timeout 90] [--peer-timeout 30] [--peer-max-events 10000]
 *                    [--budget 690] [--seed 1] [--no-build] [--no-lighthouse] [--ref HEAD]
 *                    [--results bench/results.json]
 */
import type { Server } from 'node:http';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { CHROMIUM_PATH } from '../scripts/chromium';
import { build, gitDirty, gitHead } from './build';
import { CHROMIUM_ARGS, DIST, log, ORIGIN, PORT, QUIET_MS, ROOT, VIEWPORT } from './config';
import { checkGoals } from './goals';
import { runLighthouse } from './lighthouse';
import type { LighthouseFigures } from './lighthouse';
import { lighthouseTable } from './lighthouse-table';
import { KINDS, measureTarget } from './measure';
import type { SizeResult } from './measure';
import { parseOptions } from './options';
import type { Options } from './options';
import { PEER_NAMES } from './peers/pages';
import { goalSizeOf, report } from './report';
import { sourceDir } from './source';
import { startStaticServer, stopStaticServer } from './static-server';
import { round } from './stats';
import { prepareTargets } from './targets';

let server: Server | null = null;

/** Lighthouse's rows, or why there are none (not asked for, or it failed). */
async function lighthouse(options: Options): Promise<LighthouseFigures[] | { skipped: string }> {
  if (!options.lighthouse) return { skipped: '--no-lighthouse' };
  log('lighthouse: auditing / and /?mode=embed');
  try {
    return await runLighthouse({
      dist: DIST,
      chromePath: CHROMIUM_PATH,
      port: PORT,
      compressed: true,
    });
  } catch (error) {
    return {
      skipped: `lighthouse failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

async function stopServer(): Promise<void> {
  const running = server;
  server = null;
  if (running) await stopStaticServer(running);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const source = sourceDir(options.ref);
  if (options.build) build(source.dir);
  else if (!existsSync(join(DIST, 'index.html'))) throw new Error('no build: drop --no-build');
  const targets = prepareTargets(options.sizes, options.seed, source.dir, options.peerMaxEvents);
  server = await startStaticServer(DIST, PORT);
  log(`static server (precompressed gzip) on ${ORIGIN}`);
  let browser: Browser | null = null;
  try {
    const launched = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
    });
    browser = launched;
    const results: SizeResult[] = [];
    const end = started + options.budgetMs;
    for (const [i, target] of targets.entries()) {
      // Fair share: each size gets an equal part of what is left, so a slow size cannot starve
      // the ones after it; time a fast size leaves unused goes to the later ones.
      const deadline = Date.now() + (end - Date.now()) / (targets.length - i);
      results.push(await measureTarget(launched, target, options, deadline));
    }
    const version = launched.version();
    await launched.close();
    browser = null;
    // Lighthouse serves the build itself, on the bench's port: the timing runs are over.
    await stopServer();
    const audits = await lighthouse(options);
    const cpus = os.cpus();
    const output = {
      machine: {
        cpu: cpus[0]?.model ?? 'unknown',
        cores: cpus.length,
        memoryGB: round(os.totalmem() / 1024 ** 3, 1),
        os: `${os.type()} ${os.release()} ${os.arch()}`,
        node: process.version,
        chromium: version,
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
        peerTimeoutMs: options.peerTimeoutMs,
        peerMaxEvents: options.peerMaxEvents,
        peers: PEER_NAMES,
        roundOrder: KINDS,
      },
      durationMs: Date.now() - started,
      goals: checkGoals(results.map(goalSizeOf)),
      results,
      lighthouse: audits,
    };
    writeFileSync(options.results, `${JSON.stringify(output, null, 2)}\n`);
    console.log(report(results));
    console.log(
      Array.isArray(audits)
        ? `\nLighthouse 12 (mobile defaults, gzip):\n${lighthouseTable(audits)}`
        : `\nLighthouse: ${audits.skipped}`,
    );
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
