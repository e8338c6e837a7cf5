/**
 * One measured run of one page, in a fresh browser context: load → data-ready, settled, heap,
 * zoom gesture frames, and the filter click (the app only). Each step has a deadline; a step that
 * misses it is recorded as 'timeout' and the run goes on where that is fair.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { ORIGIN, QUIET_MS, sleep, VIEWPORT } from './config';
import { PEER_MARKS } from './peers/pages';
import type { Peer } from './peers/pages';
import { addProbe, pollFor } from './probe';
import { settledAt } from './settle';
import { percentile } from './stats';

/** What a run loads: the app, its FLOOR page, or a peer's page for the same events. */
export type Kind = 'floor' | 'app' | Peer;

export type Outcome = number | 'timeout' | 'error' | 'skipped' | 'n/a';

export interface FrameStats {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly frames: number;
}

interface ZoomResult extends FrameStats {
  readonly gestureMs: number;
}

export interface RunResult {
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
  zoomPartial?: FrameStats;
  resources: string[];
  problems: string[];
}

export type Step = 'zoom' | 'filter';

export interface RunSettings {
  readonly kind: Kind;
  readonly path: string;
  readonly hasReleases: boolean;
  readonly timeoutMs: number;
  readonly readyTimeoutMs: number;
  /** Steps that timed out in the warm-up: recorded as timeouts without being run again. */
  readonly skip: ReadonlySet<Step>;
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

function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => window.__bench?.stopFrames() ?? []);
}

/**
 * Polls until the page has settled (bench/settle.ts): the first QUIET_MS after `since` with no DOM
 * change and no long task. Returns its time and the long tasks' total up to it.
 */
async function settle(page: Page, since: number): Promise<{ at: number; longTaskMs: number }> {
  for (;;) {
    const s = await page.evaluate((from) => {
      const b = window.__bench;
      return {
        now: performance.now(),
        activity: b?.activitySince(from) ?? [],
        tasks: b?.longTasks ?? [],
      };
    }, since);
    const settled = settledAt(s.activity, since, QUIET_MS, s.now);
    if (settled.final) {
      const longTaskMs = s.tasks.reduce((sum, [start, d]) => sum + (start < settled.at ? d : 0), 0);
      return { at: settled.at, longTaskMs };
    }
    await sleep(100);
  }
}

export function frameStats(frames: readonly number[]): FrameStats {
  const intervals = frames.slice(1).map((t, i) => t - (frames[i] ?? t));
  return {
    p50: percentile(intervals, 50) ?? Number.NaN,
    p95: percentile(intervals, 95) ?? Number.NaN,
    max: percentile(intervals, 100) ?? Number.NaN,
    frames: intervals.length,
  };
}

async function zoomSequence(page: Page): Promise<ZoomResult> {
  const box = await page.locator('[data-testid="chart"]').first().boundingBox();
  if (!box) throw new Error('chart has no box');
  const x = box.x + Math.min(box.width, VIEWPORT.width - box.x) / 2;
  const y = Math.min(box.y + 60, VIEWPORT.height - 10);
  await page.mouse.move(x, y);
  await page.evaluate(() => window.__bench?.startFrames());
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
  return { ...frameStats(await stopFrames(page)), gestureMs };
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

/** Navigation start → [data-ready="true"] drawn and visible, or the app's error state. */
async function load(page: Page, path: string, settings: RunSettings) {
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'commit', timeout: settings.readyTimeoutMs });
  await pollFor(
    page,
    () =>
      window.__bench !== undefined &&
      (window.__bench.readyFrame !== null || window.__bench.errorText() !== null),
    settings.readyTimeoutMs,
  );
  const failed = await page.evaluate(() => window.__bench?.errorText() ?? null);
  if (failed !== null) return { failed };
  await page
    .locator('[data-ready="true"]')
    .first()
    .waitFor({ state: 'visible', timeout: settings.timeoutMs });
  return page.evaluate(
    (marks) => ({
      dom: window.__bench?.readyDom ?? Number.NaN,
      frame: window.__bench?.readyFrame ?? Number.NaN,
      marks: document.querySelectorAll(`[data-event-id], #marks > circle, ${marks}`).length,
    }),
    PEER_MARKS,
  );
}

/** Click on the "Releases" kind → the end of the frame that shows it (t1 − t0 in the page). */
async function filterReleases(page: Page, timeoutMs: number) {
  // Quiet first (the zoom gesture commits its range after it ends), then stop watching the DOM.
  await page.evaluate(() => window.__bench?.watchDom(true));
  await settle(page, await page.evaluate(() => performance.now()));
  await page.evaluate(() => window.__bench?.watchDom(false));
  const marks = await page.evaluate(() => document.querySelectorAll('[data-event-id]').length);
  await page.evaluate(() => window.__bench?.armFilter());
  await page.getByRole('checkbox', { name: /Releases/ }).click({ timeout: timeoutMs });
  await pollFor(page, () => (window.__bench?.filter?.t1 ?? null) !== null, timeoutMs);
  const f = await page.evaluate(() => window.__bench?.filter ?? null);
  if (f?.t0 == null || f.t1 == null) throw new Error('the filter click was not seen');
  return { ms: f.t1 - f.t0, marks };
}

export async function runOnce(browser: Browser, settings: RunSettings): Promise<RunResult> {
  const { kind, path, hasReleases, skip } = settings;
  const r = emptyResult();
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  try {
    await addProbe(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => r.problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') r.problems.push(`console.error: ${m.text()}`);
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${ORIGIN}/`) && !/^(data|blob):/.test(url)) {
        r.problems.push(`request off the bench server (blocked): ${url}`);
      }
    });
    page.on('response', (response) => {
      if (response.status() >= 400) r.problems.push(`HTTP ${response.status()}: ${response.url()}`);
      else r.resources.push(response.url()); // node-side: known even when the page hangs
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const t = settings.timeoutMs;

    // 1. navigation start → [data-ready="true"] drawn and visible
    const ready = await step(settings.readyTimeoutMs, () => load(page, path, settings));
    if (ready === 'timeout') {
      // Not drawn in time, so not settled either: both are at least the deadline.
      r.dataReadyMs = r.readyDomMs = r.settleMs = 'timeout';
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

    // 2. settled: the last DOM change or long task before the first QUIET_MS with neither
    const settled = await step(t, () => settle(page, ready.frame));
    if (settled === 'timeout') {
      r.settleMs = r.longTaskMs = 'timeout';
      return r;
    }
    r.settleMs = settled.at;
    r.longTaskMs = settled.longTaskMs;
    await page.evaluate(() => window.__bench?.watchDom(false));
    // Read once settled: the observers deliver long-task entries after the tasks end.
    r.checkLongestMs = (await page.evaluate(() => window.__bench?.checkLongest() ?? null)) ?? 'n/a';

    // 3. heap after a forced GC, and DOM size
    const h = await step(t, () => heap(cdp));
    if (h !== 'timeout') {
      r.heapMB = h.heapMB;
      r.domNodes = h.domNodes;
    } else r.heapMB = r.domNodes = 'timeout';

    // 4. zoom and pan frame times (TimelineJS3 has no wheel zoom: nothing to compare)
    const zoom =
      kind === 'timelinejs'
        ? ('n/a' as const)
        : skip.has('zoom')
          ? ('timeout' as const)
          : await step(t, () => zoomSequence(page));
    if (zoom === 'n/a') {
      r.zoomP50 = r.zoomP95 = r.zoomMax = r.zoomFrames = r.zoomGestureMs = 'n/a';
    } else if (zoom === 'timeout') {
      r.zoomP50 = r.zoomP95 = r.zoomMax = r.zoomFrames = r.zoomGestureMs = 'timeout';
      if (!skip.has('zoom')) {
        // The gesture did not finish in time: keep the frames drawn so far, flagged as partial.
        const frames = await step(15_000, () => stopFrames(page));
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
    if (kind !== 'app' || !hasReleases) {
      r.filterMs = r.marksAtFilter = 'n/a';
      return r;
    }
    if (skip.has('filter')) {
      r.filterMs = r.marksAtFilter = 'timeout';
      return r;
    }
    const filtered = await step(t, () => filterReleases(page, t));
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
