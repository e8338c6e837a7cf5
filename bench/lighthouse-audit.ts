/**
 * Runs Lighthouse on the full page and the embed page of a build: serves the build from the
 * bench's in-process static server, starts one headless Chromium, and audits each page in turn
 * with Lighthouse's default configuration (mobile, simulated throttling).
 */
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { launch } from 'chrome-launcher';
import type { LaunchedChrome } from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../scripts/chromium';
import type { LighthouseFigures } from './lighthouse';
import {
  CATEGORIES,
  erroredPerformanceAudits,
  failingAudits,
  figuresFromLhr,
  PAGES,
} from './lighthouse-figures';
import type { FailingAudit } from './lighthouse-figures';
import { startStaticServer, stopStaticServer } from './static-server';

export interface AuditOptions {
  readonly dist: string;
  readonly chromePath: string;
  /** The static server's port; Chromium's debugging port is any free one. */
  readonly port: number;
  /** Serve gzip-compressed (the default), or the files as they are. */
  readonly compressed?: boolean;
}

export interface PageAudit {
  readonly figures: LighthouseFigures;
  readonly failing: readonly FailingAudit[];
  /** Performance diagnostics Lighthouse could not run (the score does not depend on them). */
  readonly errored: readonly FailingAudit[];
  /** Lighthouse's own warnings about the run (for example, a CPU slower than it expects). */
  readonly runWarnings: readonly string[];
  /** Lighthouse's measure of this machine's CPU: the simulated throttling scales from it. */
  readonly benchmarkIndex: number;
  /** The whole Lighthouse result, for whoever wants to read the report. */
  readonly lhr: Result;
}

async function auditPage(
  chrome: LaunchedChrome,
  origin: string,
  { page, path }: (typeof PAGES)[number],
  compressed: boolean,
): Promise<PageAudit> {
  const url = `${origin}${path}`;
  const result = await lighthouse(url, {
    port: chrome.port,
    onlyCategories: [...CATEGORIES],
    output: 'json',
    logLevel: 'error',
  });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const { lhr } = result;
  return {
    figures: figuresFromLhr(lhr, page, url, compressed),
    failing: failingAudits(lhr),
    errored: erroredPerformanceAudits(lhr),
    runWarnings: lhr.runWarnings,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    lhr,
  };
}

export async function auditPages(options: AuditOptions): Promise<PageAudit[]> {
  const compressed = options.compressed ?? true;
  const server = await startStaticServer(options.dist, options.port, { gzip: compressed });
  let chrome: LaunchedChrome | null = null;
  try {
    chrome = await launch({
      chromePath: options.chromePath,
      chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
      logLevel: 'error',
    });
    const audits: PageAudit[] = [];
    // One page at a time: two audits at once would share the CPU that the simulation measures.
    for (const page of PAGES) {
      audits.push(await auditPage(chrome, `http://127.0.0.1:${options.port}`, page, compressed));
    }
    return audits;
  } finally {
    chrome?.kill();
    await stopStaticServer(server);
  }
}
