import { DatasetLoadError } from './load-error';
import { decodeText } from './read-body';
import type { ArticleState } from '../domain/types';

/** The body as JSON, or a `not-json` error that says why (empty, an HTML page, where it broke). */
export function parseJsonBody(bytes: Uint8Array, url: string): unknown {
  const body = decodeText(bytes);
  try {
    return JSON.parse(body);
  } catch (error) {
    const detail = body.trim() === '' ? 'the response is empty' : String(error);
    throw new DatasetLoadError({ kind: 'not-json', url, detail });
  }
}

/**
 * Where the article the quotes point into lives: `source.article`, relative to the dataset as
 * found (`datasetUrl`: after any redirect), and on the origin the dataset was vetted for (that of
 * `requestedUrl`: an article elsewhere would be a third-party request). Null when the file has
 * no readable `source.article` (the schema then reports it).
 */
export function articleUrlOf(
  raw: unknown,
  datasetUrl: string,
  requestedUrl: string = datasetUrl,
): string | null {
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
  const origin = new URL(requestedUrl).origin;
  if (url.origin !== origin) {
    throw new DatasetLoadError({
      kind: 'article',
      url: url.href,
      detail: `source.article is on ${url.origin}; it must be on the dataset's own origin, ${origin}`,
    });
  }
  return url.href;
}

/** For a file without a readable `source.article`: the schema reports it, so nothing is fetched. */
export const NO_ARTICLE: ArticleState = { status: 'loaded', text: '' };
