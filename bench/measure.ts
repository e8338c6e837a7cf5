/**
 * All runs of one size, interleaved: round after round, each target once (FLOOR, app, then each
 * peer), so drift on a shared machine hits them all alike. Warm-up rounds first; the measured
 * rounds fit the size's share of the time budget; a load that cannot finish in the first round
 * ends that target, and a step that timed out in the warm-up is not retried.
 */
import type { Browser } from '@playwright/test';
import { bytesOf, summarize } from './aggregate';
import type { Bytes, Summaries } from './aggregate';
import { log, ORIGIN } from './config';
import type { Options } from './options';
import { PEERS } from './peers/pages';
import { fmt } from './report';
import { runOnce } from './run-once';
import type { FrameStats, Kind, RunResult, Step } from './run-once';
import type { Target } from './targets';

/** The order within a round. */
export const KINDS: readonly Kind[] = ['floor', 'app', ...PEERS];

/** One target's runs at one size, summarised. */
export interface KindResult {
  readonly url: string;
  readonly runs: number;
  /** The load's deadline: a data-ready of `timeout` means at least this long. */
  readonly loadTimeoutMs: number;
  readonly metrics: Summaries;
  readonly bytes: Bytes;
  /** Frames drawn before a zoom gesture timed out, when it did (warm-up run). */
  readonly zoomPartial: FrameStats | null;
}

export interface SizeResult {
  readonly label: string;
  readonly events: number;
  /** The real dataset (the article's default page), not a synthetic one. */
  readonly real: boolean;
  readonly note: string | null;
  readonly targets: Readonly<Partial<Record<Kind, KindResult>>> & {
    readonly floor: KindResult;
    readonly app: KindResult;
  };
  readonly problems: readonly string[];
}

interface Series {
  readonly kind: Kind;
  readonly path: string;
  readonly loadTimeoutMs: number;
  /** Every other step's deadline: a peer's is no longer than its load's. */
  readonly stepTimeoutMs: number;
  readonly results: RunResult[];
  /** Warm-up runs: the figures only when the budget leaves no measured round. */
  readonly warm: RunResult[];
  readonly notes: string[];
  readonly skip: Set<Step>;
  partialZoom: FrameStats | null;
  /** No further runs: its load timed out or failed in its first run. */
  done: boolean;
  /** How long its last run took, less a zoom timeout that will not be waited for again. */
  lastMs: number;
}

function seriesOf(target: Target, options: Options): Series[] {
  const pathOf = (kind: Kind): string | null => {
    if (kind === 'app') return target.appPath;
    if (kind === 'floor') return target.floorPath;
    return target.peers?.[kind].path ?? null;
  };
  return KINDS.flatMap((kind) => {
    const path = pathOf(kind);
    if (path === null) return [];
    const peer = kind !== 'app' && kind !== 'floor';
    return [
      {
        kind,
        path,
        loadTimeoutMs: peer ? options.peerTimeoutMs : options.readyTimeoutMs,
        stepTimeoutMs: peer
          ? Math.min(options.timeoutMs, options.peerTimeoutMs)
          : options.timeoutMs,
        results: [],
        warm: [],
        notes: [],
        skip: new Set<Step>(),
        partialZoom: null,
        done: false,
        lastMs: 0,
      },
    ];
  });
}

async function runSeries(
  browser: Browser,
  target: Target,
  s: Series,
  options: Options,
  round: { readonly index: number; readonly of: number },
): Promise<void> {
  const t0 = Date.now();
  const result = await runOnce(browser, {
    kind: s.kind,
    path: s.path,
    hasReleases: target.hasReleases,
    timeoutMs: s.stepTimeoutMs,
    readyTimeoutMs: s.loadTimeoutMs,
    skip: s.skip,
  });
  const took = Date.now() - t0;
  const warm = round.index < options.warmup;
  log(
    `${target.label} ${s.kind} ` +
      `${warm ? 'warm-up' : `run ${round.index - options.warmup + 1}/${round.of}`}: ` +
      `ready ${fmt(result.dataReadyMs)} ms, settled ${fmt(result.settleMs)}, ` +
      `filter ${fmt(result.filterMs)}, zoom p95 ${fmt(result.zoomP95)} (${took} ms)`,
  );
  const failed = result.dataReadyMs === 'timeout' || result.dataReadyMs === 'error';
  if (!warm) s.results.push(result);
  else if (!failed) s.warm.push(result);
  if (failed && round.index === 0) {
    // A load that cannot finish once will not finish five times: keep that verdict.
    if (warm) s.results.push(result);
    s.notes.push(
      `${s.kind}: ${warm ? 'warm-up ' : ''}load ${result.dataReadyMs}` +
        `${result.dataReadyMs === 'timeout' ? ` (≥${fmt(s.loadTimeoutMs)} ms)` : ''}; no further runs`,
    );
    s.done = true;
  } else if (warm) {
    // A step that timed out in the warm-up is not retried; the steps after it still run.
    if (result.zoomP50 === 'timeout' && !s.skip.has('zoom')) {
      s.skip.add('zoom');
      const p = result.zoomPartial;
      s.notes.push(
        `${s.kind}: zoom gesture timed out in the warm-up` +
          (p
            ? ` (${p.frames} frames drawn in ${s.stepTimeoutMs / 1000} s: p50 ${fmt(p.p50)} ms, ` +
              `p95 ${fmt(p.p95)} ms, max ${fmt(p.max)} ms)`
            : '') +
          '; not retried',
      );
      if (p) s.partialZoom = p;
    }
    if (result.filterMs === 'timeout') s.skip.add('filter');
  }
  s.lastMs = s.skip.has('zoom') && result.zoomP50 === 'timeout' ? took - s.stepTimeoutMs : took;
}

function kindResult(s: Series, target: Target): KindResult {
  const urls = s.results.flatMap((r) => r.resources);
  const fallback =
    s.kind === 'app'
      ? [`${ORIGIN}/`, ...target.dataFiles.map((f) => `${ORIGIN}/${f}`)]
      : [`${ORIGIN}${s.path}`];
  return {
    url: s.path,
    runs: s.results.length,
    loadTimeoutMs: s.loadTimeoutMs,
    metrics: summarize(s.results),
    bytes: bytesOf(urls.length > 0 ? urls : fallback),
    zoomPartial: s.partialZoom,
  };
}

export async function measureTarget(
  browser: Browser,
  target: Target,
  options: Options,
  /** When this size's share of the time budget runs out (epoch ms). */
  deadline: number,
): Promise<SizeResult> {
  const series = seriesOf(target, options);
  let runs = options.runs;
  for (let i = 0; i < options.warmup + runs; i++) {
    const warm = i < options.warmup;
    for (const s of series) {
      if (!s.done) await runSeries(browser, target, s, options, { index: i, of: runs });
    }
    // Keep the whole bench inside its budget: a slow size gets fewer measured rounds, down to
    // none when its share is spent after the warm-up.
    const roundMs = series.reduce((sum, s) => sum + (s.done ? 0 : s.lastMs), 0);
    const affordable = Math.floor(Math.max(0, deadline - Date.now()) / Math.max(1, roundMs));
    const remaining = options.warmup + runs - i - 1;
    if (remaining > 0 && affordable < remaining) {
      const measured = warm ? 0 : i - options.warmup + 1;
      const warmLeft = warm ? options.warmup - i - 1 : 0;
      runs = Math.min(runs, measured + Math.max(0, affordable - warmLeft));
    }
  }
  const notes = series.flatMap((s) => s.notes);
  if (runs === 0 && options.warmup > 0) {
    for (const s of series) if (s.results.length === 0) s.results.push(...s.warm);
    notes.push('no measured round left in the time budget: the figures are the warm-up round');
  } else if (runs < options.runs) {
    notes.push(`${runs} measured round(s) instead of ${options.runs} (time budget)`);
  }
  if (target.peers === null) {
    notes.push(`peers not run above ${fmt(options.peerMaxEvents)} events (--peer-max-events)`);
  }
  const byKind = new Map(series.map((s) => [s.kind, kindResult(s, target)]));
  const floor = byKind.get('floor');
  const app = byKind.get('app');
  if (!floor || !app) throw new Error('the floor and the app are always measured');
  return {
    label: target.label,
    events: target.events,
    real: target.real,
    note: notes.length > 0 ? notes.join('; ') : null,
    targets: { ...Object.fromEntries(byKind), floor, app },
    problems: [
      ...new Set(
        series.flatMap((s) => s.results.flatMap((r) => r.problems.map((p) => `${s.kind}: ${p}`))),
      ),
    ].slice(0, 20),
  };
}
