import { DatasetLoadError } from './load-error';
import { decodeText } from './read-body';
import { FORMAT1_SOURCE_ID } from './upgrade-format1';

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

/** A source's stored text to fetch: which source, and from where. */
export interface TextRequest {
  readonly sourceId: string;
  readonly url: string;
}

/** Each source's `text` (format 2) or the one `source.article` (format 1), as [field, id, path]. */
function textFields(raw: unknown): [string, string, unknown][] {
  if (typeof raw !== 'object' || raw === null) return [];
  if ('format' in raw) {
    if (raw.format !== 2 || !('sources' in raw) || !Array.isArray(raw.sources)) return [];
    return (raw.sources as unknown[]).flatMap((source, i): [string, string, unknown][] => {
      if (typeof source !== 'object' || source === null || !('text' in source)) return [];
      const id = 'id' in source && typeof source.id === 'string' ? source.id : '';
      return [[`sources[${i}].text`, id, source.text]];
    });
  }
  if (!('source' in raw)) return [];
  const { source } = raw;
  if (typeof source !== 'object' || source === null || !('article' in source)) return [];
  return [['source.article', FORMAT1_SOURCE_ID, source.article]];
}

/**
 * Where the texts the quotes point into live: each path relative to the dataset as found
 * (`datasetUrl`: after any redirect), and on the origin the dataset was vetted for (that of
 * `requestedUrl`: a text elsewhere would be a third-party request). A path that is not a string
 * is left to the schema to report; one that cannot be read, or points elsewhere, fails the file.
 */
export function textRequestsOf(
  raw: unknown,
  datasetUrl: string,
  requestedUrl: string = datasetUrl,
): TextRequest[] {
  const origin = new URL(requestedUrl).origin;
  return textFields(raw).flatMap(([field, sourceId, path]) => {
    if (typeof path !== 'string') return [];
    if (!URL.canParse(path, datasetUrl)) {
      throw new DatasetLoadError({
        kind: 'article',
        url: path,
        detail: `${field} is not a readable address`,
      });
    }
    const url = new URL(path, datasetUrl);
    if (url.origin !== origin) {
      throw new DatasetLoadError({
        kind: 'article',
        url: url.href,
        detail: `${field} is on ${url.origin}; it must be on the dataset's own origin, ${origin}`,
      });
    }
    return [{ sourceId, url: url.href }];
  });
}
