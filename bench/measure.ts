/**
 * All runs of one target, floor then app: warm-ups, measured runs within the size's share of the
 * time budget, steps that timed out in the warm-up not retried; then the summaries.
 */
import type { Browser } from '@playwright/test';
import { bytesOf, summarize } from './aggregate';
import type { Bytes, Summaries } from './aggregate';
import { log, ORIGIN } from './config';
import type { Options } from './options';
import { fmt } from './report';
import { runOnce } from './run-once';
import type { FrameStats, RunResult, Step } from './run-once';
import type { Target } from './targets';

type Kind = 'app' | 'floor';
type PartialZoom = Partial<Record<Kind, FrameStats>>;

export interface SizeResult {
  readonly label: string;
  readonly events: number;
  readonly url: string;
  readonly floorUrl: string;
  readonly runs: { app: number; floor: number };
  readonly note: string | null;
  /** Frames drawn before a zoom gesture timed out, when it did (warm-up run). */
  readonly zoomPartial: PartialZoom;
  readonly app: Summaries;
  readonly floor: Summaries;
  readonly bytes: { app: Bytes; floor: Bytes };
  readonly problems: readonly string[];
}

interface Series {
  readonly results: RunResult[];
  readonly notes: string[];
  readonly partialZoom?: FrameStats;
}

async function measureSeries(
  browser: Browser,
  target: Target,
  kind: Kind,
  options: Options,
  /** When this size's share of the time budget runs out (epoch ms), and this page's share of it. */
  budget: { readonly deadline: number; readonly share: number },
): Promise<Series> {
  const path = kind === 'app' ? target.appPath : target.floorPath;
  const notes: string[] = [];
  let partialZoom: FrameStats | undefined;
  let runs = options.runs;
  const results: RunResult[] = [];
  const skip = new Set<Step>();
  for (let i = 0; i < options.warmup + runs; i++) {
    const t0 = Date.now();
    const result = await runOnce(browser, {
      kind,
      path,
      hasReleases: target.hasReleases,
      timeoutMs: options.timeoutMs,
      readyTimeoutMs: options.readyTimeoutMs,
      skip,
    });
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
        if (p) partialZoom = p;
      }
      if (result.filterMs === 'timeout') skip.add('filter');
    }
    // Keep the whole bench inside its budget: slow sizes get fewer measured runs. A step
    // skipped from now on does not count in the estimate of the next run.
    const next = skip.has('zoom') && result.zoomP50 === 'timeout' ? took - options.timeoutMs : took;
    const left = (budget.deadline - Date.now()) * budget.share;
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
  return partialZoom ? { results, notes, partialZoom } : { results, notes };
}

export async function measureTarget(
  browser: Browser,
  target: Target,
  options: Options,
  /** When this size's share of the time budget runs out (epoch ms). */
  deadline: number,
): Promise<SizeResult> {
  // The floor first: it is cheap, so a slow app size cannot leave it without runs.
  const floor = await measureSeries(browser, target, 'floor', options, { deadline, share: 0.25 });
  const app = await measureSeries(browser, target, 'app', options, { deadline, share: 1 });
  const appUrls = app.results.flatMap((r) => r.resources);
  const floorUrls = floor.results.flatMap((r) => r.resources);
  const notes = [...floor.notes, ...app.notes];
  const zoomPartial: PartialZoom = {
    ...(floor.partialZoom ? { floor: floor.partialZoom } : {}),
    ...(app.partialZoom ? { app: app.partialZoom } : {}),
  };
  return {
    label: target.label,
    events: target.events,
    url: target.appPath,
    floorUrl: target.floorPath,
    runs: { app: app.results.length, floor: floor.results.length },
    note: notes.length > 0 ? notes.join('; ') : null,
    zoomPartial,
    app: summarize(app.results),
    floor: summarize(floor.results),
    bytes: {
      app: bytesOf(
        appUrls.length > 0
          ? appUrls
          : [`${ORIGIN}/`, ...target.dataFiles.map((f) => `${ORIGIN}/${f}`)],
      ),
      floor: bytesOf(floorUrls.length > 0 ? floorUrls : [`${ORIGIN}${target.floorPath}`]),
    },
    problems: [...new Set([...app.results, ...floor.results].flatMap((r) => r.problems))].slice(
      0,
      20,
    ),
  };
}
