import { DatasetLoadError, describeLoadProblem } from './load-error';
import type { LoadProblem } from './load-error';
import { isHtmlType, looksLikeHtml } from './html-sniff';
import { fetchResponse } from './fetch-file';
import { readBody } from './read-body';
import type { ArticleState } from '../domain/types';

/**
 * The article the quotes point into, or why it could not be had: a missing article (a 404, a
 * host's HTML page in its place, a timeout) costs the check of the quotes' offsets, never the
 * timeline. Only the caller's own abort is thrown. The page fetches it for either checker (the
 * worker asks for it), so every request keeps the page's origin rules and CSP.
 */
export async function loadArticle(url: string, signal: AbortSignal): Promise<ArticleState> {
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
