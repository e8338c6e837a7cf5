/**
 * npm run bench:lighthouse — Lighthouse 12 (mobile defaults) on the production build's full and
 * embed pages, behind the bench's static server, against issue 15's targets.
 *   npm run bench:lighthouse -- [--dist dir] [--no-build] [--uncompressed]
 * Builds into bench/out/dist first, unless --no-build or --dist (an existing build) is given.
 * Each page's whole report is written to bench/out/lighthouse/.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { killAll } from 'chrome-launcher';
import { CHROMIUM_PATH } from '../scripts/chromium';
import { build } from './build';
import { DIST, log, OUT, ROOT } from './config';
import { auditPages } from './lighthouse-audit';
import { formatLighthouse } from './lighthouse-report';

/** The first of the ports set aside for Lighthouse runs (4390–4399). */
const PORT = 4390;

interface CliOptions {
  readonly dist: string;
  readonly build: boolean;
  readonly compressed: boolean;
}

function parse(argv: readonly string[]): CliOptions {
  let options: CliOptions = { dist: DIST, build: true, compressed: true };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--no-build') options = { ...options, build: false };
    else if (flag === '--uncompressed') options = { ...options, compressed: false };
    else if (flag === '--dist') {
      const dir = argv[++i];
      if (dir === undefined) throw new Error('--dist needs a directory');
      options = { ...options, dist: resolve(dir), build: false };
    } else
      throw new Error(
        `unknown option ${String(flag)} (try --dist dir, --no-build, --uncompressed)`,
      );
  }
  return options;
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  if (options.build) build(ROOT);
  if (!existsSync(join(options.dist, 'index.html'))) {
    throw new Error(`no build in ${options.dist} (no index.html): build it, or drop --no-build`);
  }
  log(`Lighthouse on ${options.dist} (${options.compressed ? 'gzip' : 'uncompressed'})`);
  const audits = await auditPages({
    dist: options.dist,
    chromePath: CHROMIUM_PATH,
    port: PORT,
    compressed: options.compressed,
  });
  const reports = join(OUT, 'lighthouse');
  mkdirSync(reports, { recursive: true });
  for (const audit of audits) {
    const name = `${audit.figures.page}-${options.compressed ? 'gzip' : 'plain'}.report.json`;
    writeFileSync(join(reports, name), JSON.stringify(audit.lhr, null, 2));
  }
  const first = audits[0];
  if (first) {
    process.stdout.write(
      `Lighthouse ${first.lhr.lighthouseVersion}, mobile defaults (simulated throttling), ` +
        `${first.lhr.environment.hostUserAgent.match(/(Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, ` +
        `benchmark index ${audits.map((a) => Math.round(a.benchmarkIndex)).join(' / ')}\n\n`,
    );
  }
  process.stdout.write(`${formatLighthouse(audits)}\n`);
  const warnings = [...new Set(audits.flatMap((a) => a.runWarnings))];
  if (warnings.length > 0) {
    process.stdout.write(`\nLighthouse warned:\n${warnings.map((w) => `  - ${w}`).join('\n')}\n`);
  }
  process.stdout.write(`\nFull reports: ${reports}\n`);
}

// chrome-launcher stops its browsers on Ctrl-C itself; a SIGTERM (a CI timeout) must not leave
// one running either, since it is started in a process group of its own.
process.on('SIGTERM', () => {
  killAll();
  process.exit(143);
});

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
