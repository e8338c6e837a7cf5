import { queryOptions } from '@tanstack/react-query';
import { DatasetLoadError } from './load-error';
import { reportProgress } from './load-progress';
import { parseJsonBody, textRequestsOf } from './dataset-body';
import { fetchResponse } from './fetch-file';
import { loadTexts } from './load-text';
import { MAX_DATASET_BYTES, declaredLength, readBytes } from './read-body';
import type { DatasetLocation } from './dataset-url';
import type { DatasetFile } from './worker-protocol';
import type { GivenTexts } from './dataset-checks';
import type { Dataset } from '../domain/types';

/**
 * Files from this size are parsed and checked in a worker. Below it the worker's start (its own
 * chunk, about 10 kB gzip with the fast checkers) costs more than the main thread spends: 1 MB
 * is about 1,500 events, checked in a few tens of milliseconds.
 */
export const WORKER_MIN_BYTES = 1024 * 1024;

type Bytes = Uint8Array<ArrayBuffer>;

/**
 * A dataset, once: fetch, then parse and check where its size says (a worker from
 * WORKER_MIN_BYTES, else the page). The bundled dataset is not loaded here: every build carries
 * it in the page, checked at build time (default-snapshot.ts). Retries are react-query's
 * (datasetQueryOptions).
 */
export async function loadDataset(
  location: DatasetLocation,
  signal: AbortSignal,
): Promise<Dataset> {
  const { url } = allowed(location);
  // The validator (the fast checkers; zod and edtf.js only for a file that needs them) is its own
  // chunk, requested now, alongside the data, rather than before the first paint. Handled here
  // too, so a chunk that fails while the fetch is still failing is not "unhandled"; the check
  // awaits its own import.
  import('./parse-dataset-lazy').catch(() => undefined);
  const response = await fetchDataset(url, signal);
  // After a redirect the dataset lives where it landed: its texts are resolved from there.
  const file = { url, base: response.url || url };
  try {
    const { bytes, large } = download(response, url, signal);
    // The literal mode check again: the single file has no worker file to start.
    if (import.meta.env.MODE !== 'single' && typeof Worker === 'function' && (await large)) {
      const { parseInWorker } = await import('./parse-in-worker');
      return await parseInWorker(bytes, file, signal);
    }
    return await parseHere(await bytes, file, signal);
  } finally {
    reportProgress(url, null);
  }
}

/** The location, if this page may load it; else the refusal it stands for. */
function allowed(location: DatasetLocation): Extract<DatasetLocation, { ok: true }> {
  if (location.ok) return location;
  // Opening a file puts its dataset in the cache under this location: a query that runs
  // finds none (a reload, a new tab), and the file is only on the reader's computer.
  if ('local' in location) throw new DatasetLoadError({ kind: 'local-file', url: location.url });
  throw new DatasetLoadError(
    'origin' in location
      ? { kind: 'refused-origin', url: location.url, origin: location.origin }
      : {
          kind: 'data-too-long',
          url: location.url,
          length: location.length,
          limit: location.limit,
        },
  );
}

async function fetchDataset(url: string, signal: AbortSignal): Promise<Response> {
  const response = await fetchResponse(url, signal);
  if (response.ok) return response;
  throw new DatasetLoadError({
    kind: 'http',
    url,
    status: response.status,
    statusText: response.statusText,
  });
}

/**
 * The body, and whether it is large: known at the headers from Content-Length, else as soon as
 * the bytes so far pass WORKER_MIN_BYTES (a compressing server declares no usable length), else
 * when the body ends. Known early, a large file's worker loads while the body still arrives.
 */
function download(
  response: Response,
  url: string,
  signal: AbortSignal,
): { readonly bytes: Promise<Bytes>; readonly large: Promise<boolean> } {
  // The first answer wins: a promise settles once.
  let answer: (large: boolean) => void = () => undefined;
  const large = new Promise<boolean>((resolve) => {
    answer = resolve;
  });
  if ((declaredLength(response) ?? 0) >= WORKER_MIN_BYTES) answer(true);
  const bytes = readBytes(response, url, {
    maxBytes: MAX_DATASET_BYTES,
    signal,
    onBytes: (received) => {
      if (received >= WORKER_MIN_BYTES) answer(true);
    },
  });
  // A body that fails is small: its error is thrown where the bytes are awaited.
  bytes.then(
    ({ byteLength }) => {
      answer(byteLength >= WORKER_MIN_BYTES);
    },
    () => {
      answer(false);
    },
  );
  return { bytes, large };
}

/**
 * The page's path: small files (a worker costs more than it saves), and hosts without Worker.
 * A large file here reports its phases, as the worker would.
 */
async function parseHere(bytes: Bytes, { url, base }: DatasetFile, signal: AbortSignal) {
  const large = bytes.byteLength >= WORKER_MIN_BYTES;
  if (large) reportProgress(url, { phase: 'parse', bytes: bytes.byteLength });
  const raw = parseJsonBody(bytes, url);
  const texts = await loadTexts(textRequestsOf(raw, base, url), signal);
  if (large) {
    reportProgress(url, { phase: 'check', checked: null, events: null });
    // Let the progress paint before the (synchronous) validation of a large file starts.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return check(url, raw, texts);
}

/** Validation and normalisation on the page. */
async function check(url: string, raw: unknown, texts: GivenTexts): Promise<Dataset> {
  const { parseDatasetLazily } = await import('./parse-dataset-lazy');
  const outcome = await parseDatasetLazily(raw, texts);
  if (!outcome.ok) throw new DatasetLoadError({ kind: 'invalid', url, problems: outcome.problems });
  return outcome.dataset;
}

/** Worth another try: the network, a timeout, a server error. Not: a file that is wrong. */
function isTransient(error: Error): boolean {
  if (!(error instanceof DatasetLoadError)) return true;
  const { problem } = error;
  if (problem.kind === 'http')
    return problem.status >= 500 || problem.status === 408 || problem.status === 429;
  return problem.kind === 'network' || problem.kind === 'interrupted' || problem.kind === 'timeout';
}

/** Attempts in all, with react-query's exponential backoff between them (1 s, 2 s, …). */
export const MAX_ATTEMPTS = 3;

export function datasetQueryOptions(location: DatasetLocation) {
  return queryOptions({
    queryKey: ['dataset', location],
    queryFn: ({ signal }) => loadDataset(location, signal),
    staleTime: 'static',
    // A refused origin or a malformed file will not fix itself; retrying only delays the message.
    retry: (failures, error) => failures < MAX_ATTEMPTS - 1 && isTransient(error),
  });
}
