import { DatasetLoadError, describeLoadProblem } from './load-error';
import type { LoadProblem } from './load-error';
import { isHtmlType, looksLikeHtml } from './html-sniff';
import { fetchResponse } from './fetch-file';
import { readBody } from './read-body';
import type { TextRequest } from './dataset-body';
import type { SourceText } from '../domain/types';

/**
 * A source's stored text, or why it could not be had: a missing text (a 404, a host's HTML page
 * in its place, a timeout) costs the check of that source's quotes, never the timeline. Only the
 * caller's own abort is thrown. The page fetches it for either checker (the worker asks for it),
 * so every request keeps the page's origin rules and CSP.
 */
export async function loadText(url: string, signal: AbortSignal): Promise<SourceText> {
  try {
    const response = await fetchResponse(url, signal);
    if (!response.ok) {
      await response.body?.cancel();
      const status = `HTTP ${response.status}`;
      return unavailable({ kind: 'article', url, detail: status });
    }
    const fallback = 'text not found: the address answered with a web page, not the text';
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

function unavailable(problem: LoadProblem): SourceText {
  return { status: 'unavailable', url: problem.url, reason: describeLoadProblem(problem) };
}

/** Every stored text a dataset names, fetched side by side, by source id. */
export async function loadTexts(
  requests: readonly TextRequest[],
  signal: AbortSignal,
): Promise<Map<string, SourceText>> {
  // Two sources may share a file: it is fetched once.
  const byUrl = new Map<string, Promise<SourceText>>();
  for (const { url } of requests) {
    if (!byUrl.has(url)) byUrl.set(url, loadText(url, signal));
  }
  const entries = await Promise.all(
    requests.map(async ({ sourceId, url }) => [sourceId, await byUrl.get(url)] as const),
  );
  const texts = new Map<string, SourceText>();
  for (const [id, text] of entries) if (text) texts.set(id, text);
  return texts;
}
