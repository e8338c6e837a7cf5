import { queryOptions } from '@tanstack/react-query';
import { DatasetLoadError } from './load-error';
import { reportProgress } from './load-progress';
import { FETCH_TIMEOUT_MS, readBody } from './read-body';
import type { DatasetLocation } from './dataset-url';
import type { Dataset } from '../domain/types';

/** fetch with a timeout; failures become DatasetLoadErrors that say what happened. */
async function fetchResponse(url: string, signal: AbortSignal): Promise<Response> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  try {
    return await fetch(url, {
      signal: AbortSignal.any([signal, timeout]),
      credentials: 'same-origin',
    });
  } catch (error) {
    if (signal.aborted) throw error;
    if (timeout.aborted)
      throw new DatasetLoadError({ kind: 'timeout', url, seconds: FETCH_TIMEOUT_MS / 1000 });
    throw new DatasetLoadError({ kind: 'network', url, detail: String(error) });
  }
}

/**
 * Where the article the quotes point into lives: `source.article`, relative to the dataset, and
 * on the dataset's own origin (an article elsewhere would be a third-party request). Null when
 * the file has no readable `source.article` (the schema then reports it).
 */
function articleUrlOf(raw: unknown, datasetUrl: string): string | null {
  if (typeof raw !== 'object' || raw === null || !('source' in raw)) return null;
  const { source } = raw;
  if (typeof source !== 'object' || source === null || !('article' in source)) return null;
  if (typeof source.article !== 'string') return null;
  if (!URL.canParse(source.article, datasetUrl)) {
    throw new DatasetLoadError({
      kind: 'article',
      url: source.article,
      detail: 'source.article is not a readable address',
    });
  }
  const url = new URL(source.article, datasetUrl);
  const origin = new URL(datasetUrl).origin;
  if (url.origin !== origin) {
    throw new DatasetLoadError({
      kind: 'article',
      url: url.href,
      detail: `source.article is on ${url.origin}; it must be on the dataset's own origin, ${origin}`,
    });
  }
  return url.href;
}

async function loadArticle(url: string, signal: AbortSignal): Promise<string> {
  const response = await fetchResponse(url, signal);
  if (!response.ok) {
    throw new DatasetLoadError({ kind: 'article', url, detail: `HTTP ${response.status}` });
  }
  return readBody(response, url);
}

/** fetch → check status → parse JSON → fetch the article → validate and normalise, once. */
export async function loadDataset(
  location: DatasetLocation,
  signal: AbortSignal,
): Promise<Dataset> {
  if (!location.ok) {
    throw new DatasetLoadError({
      kind: 'refused-origin',
      url: location.url,
      origin: location.origin,
    });
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
    const outcome = parseDataset(raw, article);
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
  const body = await readBody(response, url);
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const detail = body.trim() === '' ? 'the response is empty' : String(error);
    throw new DatasetLoadError({ kind: 'not-json', url, detail });
  }
  const articleUrl = articleUrlOf(raw, url);
  const article = articleUrl ? await loadArticle(articleUrl, signal) : '';
  reportProgress(url, { phase: 'check', received: body.length, total: null });
  // Let the progress paint before the (synchronous) validation of a large file starts.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const { parseDataset } = await parser;
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
  return problem.kind === 'network' || problem.kind === 'timeout';
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
