/** Small numeric helpers for the bench: medians, percentiles, rounding, gzip sizes of files. */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Nearest-rank percentile (p in 0–100) of the finite numbers given; null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? null;
}

/** Median; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? hi) + hi) / 2;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export interface FileSize {
  readonly raw: number;
  readonly gzip: number;
}

const sizes = new Map<string, FileSize>();

/** Raw and gzip (level 6, node:zlib) byte sizes of a file, cached by path. */
export function fileSize(path: string): FileSize {
  const known = sizes.get(path);
  if (known) return known;
  const size = { raw: statSync(path).size, gzip: gzipSync(readFileSync(path)).length };
  sizes.set(path, size);
  return size;
}
