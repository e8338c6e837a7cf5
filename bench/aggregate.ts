/** From measured runs to one figure per metric (the median), and the bytes a page fetched. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ORIGIN } from './config';
import type { Outcome, RunResult } from './run-once';
import { fileSize, median, round } from './stats';

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

export interface Summary {
  /** Median over the measured runs, or why there is none. */
  readonly value: Outcome;
  readonly samples: readonly Outcome[];
}

export type Summaries = Record<Metric, Summary>;

function summarizeMetric(runs: readonly RunResult[], metric: Metric): Summary {
  const samples = runs.map((r) => r[metric]);
  const numbers = samples.filter((s): s is number => typeof s === 'number');
  const m = median(numbers);
  const other = samples.find((s) => typeof s !== 'number') ?? 'error';
  return {
    value: m === null ? (typeof other === 'number' ? 'error' : other) : round(m, 1),
    samples: samples.map((s) => (typeof s === 'number' ? round(s, 1) : s)),
  };
}

export function summarize(runs: readonly RunResult[]): Summaries {
  const entries = METRICS.map((metric) => [metric, summarizeMetric(runs, metric)] as const);
  return Object.fromEntries(entries) as Summaries;
}

interface Sizes {
  raw: number;
  gzip: number;
}

export interface Bytes {
  readonly js: Sizes;
  readonly css: Sizes;
  /** The dataset: `.json` and `.txt` files under `data/`. */
  readonly data: Sizes;
  readonly html: Sizes;
  /** Anything else a page fetched: a peer's fonts, icons and locale file. */
  readonly other: Sizes;
  readonly files: readonly string[];
}

type Bucket = 'js' | 'css' | 'data' | 'html' | 'other';

/** The bucket of a file, by its path inside the build. */
function bucketOf(file: string): Bucket {
  if (file.endsWith('.js')) return 'js';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.html')) return 'html';
  return file.startsWith('data/') && /\.(json|txt)$/.test(file) ? 'data' : 'other';
}

/** The build file a URL names, or null when it is not one (another origin, no such file). */
function fileOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.origin !== ORIGIN) return null;
    const pathname = decodeURIComponent(u.pathname);
    const file = join(DIST, pathname === '/' ? 'index.html' : pathname);
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/** Sizes of the files the page fetched from the build (resource timing URLs → files on disk). */
export function bytesOf(urls: readonly string[]): Bytes {
  const b: Record<Bucket, Sizes> = {
    js: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    data: { raw: 0, gzip: 0 },
    html: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
  };
  const files = new Set<string>();
  for (const url of urls) {
    const file = fileOf(url);
    if (file === null || files.has(file)) continue;
    files.add(file);
    const bucket = bucketOf(file.slice(DIST.length + 1));
    const size = fileSize(file);
    b[bucket].raw += size.raw;
    b[bucket].gzip += size.gzip;
  }
  return { ...b, files: [...files].map((f) => f.slice(DIST.length + 1)) };
}
