import { queryOptions } from '@tanstack/react-query';
import { IS_SINGLE_FILE, loadInlineSource } from './inline-dataset';
import { DatasetLoadError } from './load-error';
import { parseDataset } from './parse-dataset';
import type { DatasetLocation } from './dataset-url';
import type { Dataset } from '../domain/types';

async function fetchText(url: string, signal: AbortSignal): Promise<Response> {
  try {
    return await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DatasetLoadError({ kind: 'network', url, detail: String(error) });
  }
}

function articleUrlOf(raw: unknown, datasetUrl: string): string | null {
  if (typeof raw !== 'object' || raw === null || !('source' in raw)) return null;
  const { source } = raw;
  if (typeof source !== 'object' || source === null || !('article' in source)) return null;
  if (typeof source.article !== 'string') return null;
  const url = new URL(source.article, datasetUrl);
  return url.origin === new URL(datasetUrl).origin ? url.href : null;
}

async function loadArticle(url: string, signal: AbortSignal): Promise<string> {
  const response = await fetchText(url, signal);
  if (!response.ok) {
    throw new DatasetLoadError({ kind: 'article', url, detail: `HTTP ${response.status}` });
  }
  return response.text();
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
  if (IS_SINGLE_FILE && location.isDefault) {
    const { raw, article } = await loadInlineSource();
    const outcome = parseDataset(raw, article);
    if (!outcome.ok)
      throw new DatasetLoadError({ kind: 'invalid', url, problems: outcome.problems });
    return outcome.dataset;
  }
  const response = await fetchText(url, signal);
  if (!response.ok) {
    throw new DatasetLoadError({
      kind: 'http',
      url,
      status: response.status,
      statusText: response.statusText,
    });
  }
  const body = await response.text();
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const detail = body.trim() === '' ? 'the response is empty' : String(error);
    throw new DatasetLoadError({ kind: 'not-json', url, detail });
  }
  const articleUrl = articleUrlOf(raw, url);
  const article = articleUrl ? await loadArticle(articleUrl, signal) : '';
  const outcome = parseDataset(raw, article);
  if (!outcome.ok) throw new DatasetLoadError({ kind: 'invalid', url, problems: outcome.problems });
  return outcome.dataset;
}

export function datasetQueryOptions(location: DatasetLocation) {
  return queryOptions({
    queryKey: ['dataset', location],
    queryFn: ({ signal }) => loadDataset(location, signal),
    staleTime: 'static',
    // A refused origin or a malformed file will not fix itself; retrying only delays the message.
    retry: (failures, error) =>
      failures < 2 &&
      !(
        error instanceof DatasetLoadError &&
        ['refused-origin', 'invalid', 'not-json'].includes(error.problem.kind)
      ),
  });
}
