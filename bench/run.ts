/**
 * npm run bench — builds the app, serves the build, generates datasets and FLOOR pages, and times
 * them in headless Chromium. See bench/README.md for what each metric means exactly.
 *   npm run bench -- [--sizes 15,1000,10000,100000] [--runs 5] [--warmup 1] [--timeout 60]
 *                    [--ready-timeout 90] [--budget 480] [--seed 1] [--no-build] [--ref HEAD]
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
import { measureTarget } from './measure';
import type { SizeResult } from './measure';
import { parseOptions } from './options';
import { report } from './report';
import { sourceDir } from './source';
import { startStaticServer, stopStaticServer } from './static-server';
import { round } from './stats';
import { prepareTargets } from './targets';

let server: Server | null = null;

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
  const targets = prepareTargets(options.sizes, options.seed, source.dir);
  server = await startStaticServer(DIST, PORT);
  log(`static server (precompressed gzip) on ${ORIGIN}`);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
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
