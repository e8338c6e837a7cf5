import { queryOptions } from '@tanstack/react-query';
import { DatasetLoadError, describeLoadProblem } from './load-error';
import type { LoadProblem } from './load-error';
import { isHtmlType, looksLikeHtml } from './html-sniff';
import { reportProgress } from './load-progress';
import { articleUrlOf, parseJsonBody } from './dataset-body';
import { fetchResponse } from './fetch-file';
import { MAX_DATASET_BYTES, readBody, readBytes } from './read-body';
import type { DatasetLocation } from './dataset-url';
import type { DatasetFile } from './worker-protocol';
import type { parseDataset } from './parse-dataset';
import type { ArticleState, Dataset } from '../domain/types';

/**
 * The article the quotes point into, or why it could not be had: a missing article (a 404, a
 * host's HTML page in its place, a timeout) costs the check of the quotes' offsets, never the
 * timeline. Only the caller's own abort is thrown.
 */
async function loadArticle(url: string, signal: AbortSignal): Promise<ArticleState> {
  try {
    const response = await fetchResponse(url, signal);
    if (!response.ok) {
      await response.body?.cancel();
      const status = `HTTP ${response.status}`;
      return unavailable({ kind: 'article', url, detail: status });
    }
    const fallback =
      'article not found: the address answered with a web page, not the article text';
    if (isHtmlType(response.headers.get('content-type'))) {
      await response.body?.cancel();
      return unavailable({ kind: 'article', url, detail: fallback });
    }
    const text = await readBody(response, url, { signal });
    if (looksLikeHtml(text)) return unavailable({ kind: 'article', url, detail: fallback });
    return { status: 'loaded', text };
  } catch (error) {
    if (signal.aborted || !(error instanceof DatasetLoadError)) throw error;
    return unavailable(error.problem);
  }
}

function unavailable(problem: LoadProblem): ArticleState {
  return { status: 'unavailable', url: problem.url, reason: describeLoadProblem(problem) };
}

/** A file without a readable `source.article`: the schema reports it, so nothing is fetched. */
const NO_ARTICLE: ArticleState = { status: 'loaded', text: '' };

/**
 * Files from this size are parsed and checked in a worker. Below it the worker's start (its own
 * chunk with zod and edtf.js, about 50 ms on a slow machine) costs more than the main thread
 * spends: 1 MB is about 1,500 events, checked in roughly 100 ms.
 */
export const WORKER_MIN_BYTES = 1024 * 1024;

/** fetch → check status → parse JSON → fetch the article → validate and normalise, once. */
export async function loadDataset(
  location: DatasetLocation,
  signal: AbortSignal,
): Promise<Dataset> {
  if (!location.ok) {
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
  const { url } = location;
  // The validator (zod, edtf.js and the schema) is its own chunk, fetched alongside the data
  // rather than before the first paint.
  const parser = import('./parse-dataset');
  // Handled here too, so a failed chunk load while the fetch is still failing is not "unhandled".
  parser.catch(() => undefined);
  // A literal mode check (not an imported constant) lets the bundler drop this branch, and the
  // inlined dataset with it, from every build but the single file.
  if (import.meta.env.MODE === 'single' && location.isDefault) {
    const { loadInlineSource } = await import('./inline-dataset');
    const { raw, article } = await loadInlineSource();
    const { parseDataset } = await parser;
    const outcome = parseDataset(raw, { status: 'loaded', text: article });
    if (!outcome.ok)
      throw new DatasetLoadError({ kind: 'invalid', url, problems: outcome.problems });
    return outcome.dataset;
  }
  const response = await fetchResponse(url, signal);
  if (!response.ok) {
    throw new DatasetLoadError({
      kind: 'http',
      url,
      status: response.status,
      statusText: response.statusText,
    });
  }
  // After a redirect the dataset lives where it landed: its article is resolved from there.
  const file = { url, base: response.url || url };
  const article = (articleUrl: string) => loadArticle(articleUrl, signal);
  const canUseWorker = import.meta.env.MODE !== 'single' && typeof Worker === 'function';
  // A large file starts the worker as soon as it is known to be large (Content-Length, or the
  // bytes so far: a compressing server sends none), so the worker loads while the body arrives.
  let inWorker: Promise<Dataset> | null = null;
  const startWorker = (): Promise<Dataset> => {
    inWorker ??= checkInWorker(body, file, signal, article);
    return inWorker;
  };
  const isStarted = () => inWorker !== null;
  const body = readBytes(response, url, {
    maxBytes: MAX_DATASET_BYTES,
    signal,
    onBytes: (received) => {
      if (canUseWorker && received >= WORKER_MIN_BYTES) void startWorker().catch(() => undefined);
    },
  });
  if (canUseWorker && declaredBytes(response) >= WORKER_MIN_BYTES) return startWorker();
  const bytes = await body;
  if (isStarted() || (canUseWorker && bytes.byteLength >= WORKER_MIN_BYTES)) return startWorker();
  return checkHere(bytes, file, parser, article);
}

function declaredBytes(response: Response): number {
  const declared = Number(response.headers.get('content-length'));
  return Number.isFinite(declared) ? declared : 0;
}

/**
 * Large files: parsed and checked in a worker, so the page stays responsive. Its own chunk, as
 * is the worker: small files never fetch their code. The single file (a literal mode check at
 * the call, so the bundler drops this) has no worker file to start.
 */
async function checkInWorker(
  body: Promise<Uint8Array<ArrayBuffer>>,
  file: DatasetFile,
  signal: AbortSignal,
  loadArticle: (articleUrl: string) => Promise<ArticleState>,
): Promise<Dataset> {
  // Handled here too, so a body that fails while the chunk loads is not "unhandled".
  body.catch(() => undefined);
  try {
    const { parseInWorker } = await import('./parse-in-worker');
    return await parseInWorker(body, file, signal, loadArticle);
  } finally {
    reportProgress(file.url, null);
  }
}

/** The main-thread path: small files (a worker costs more than it saves), and no-Worker hosts. */
async function checkHere(
  bytes: Uint8Array,
  { url, base }: DatasetFile,
  parser: Promise<{ parseDataset: typeof parseDataset }>,
  loadArticle: (articleUrl: string) => Promise<ArticleState>,
): Promise<Dataset> {
  const large = bytes.byteLength >= WORKER_MIN_BYTES;
  if (large) reportProgress(url, { phase: 'parse', bytes: bytes.byteLength });
  const raw = parseJsonBody(bytes, url);
  const articleUrl = articleUrlOf(raw, base, url);
  // The article and the validator chunk arrive in parallel.
  const [article, { parseDataset }] = await Promise.all([
    articleUrl ? loadArticle(articleUrl) : NO_ARTICLE,
    parser,
  ]);
  if (large) {
    reportProgress(url, { phase: 'check', checked: null, events: null });
    // Let the progress paint before the (synchronous) validation of a large file starts.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const outcome = parseDataset(raw, article);
  reportProgress(url, null);
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
