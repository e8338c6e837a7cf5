import { parseDataOrigins } from './data-origins';

/** The bundled dataset, relative to the page so the app works under any host path. */
export const DEFAULT_DATASET_PATH = 'data/timeline.json';

/**
 * Longest `?data=` value read: the URL state (src/url-state/codec.ts) drops any parameter longer
 * than this, so a longer one is refused here, by name, rather than taken for "no `?data=`".
 */
export const MAX_DATA_PARAM = 2000;

/**
 * `?data=local`: the view shows a file opened from the reader's computer. The file never left
 * it, so the address alone cannot bring it back: a reload asks for the file again.
 */
export const LOCAL_DATA = 'local';

export type DatasetLocation =
  | { readonly ok: true; readonly url: string; readonly isDefault: boolean }
  /** A file opened in this tab (`?data=local`); `url` is the page's folder, for what lies beside. */
  | { readonly ok: false; readonly url: string; readonly local: true }
  /** A file on an origin this page may not load from. */
  | { readonly ok: false; readonly url: string; readonly origin: string }
  /** A `?data=` value too long to read; `url` is its start. */
  | { readonly ok: false; readonly url: string; readonly length: number; readonly limit: number };

/**
 * Resolves the `?data=` parameter against the page. Only same-origin files are loaded, plus
 * origins on the build-time allowlist (VITE_DATA_ORIGINS): any other origin could feed the page
 * content nobody vetted, and would be a third-party request.
 */
export function resolveDatasetUrl(
  param: string | null,
  pageHref: string,
  allowedOrigins: readonly string[] = [],
): DatasetLocation {
  const page = new URL(pageHref);
  let target: URL;
  try {
    target = new URL(param && param.trim() !== '' ? param : DEFAULT_DATASET_PATH, page);
  } catch {
    return { ok: false, url: param ?? '', origin: 'an unreadable address' };
  }
  if (!/^(https?|file):$/.test(target.protocol)) {
    return { ok: false, url: target.href, origin: `a ${target.protocol} address` };
  }
  if (target.origin !== page.origin && !allowedOrigins.includes(target.origin)) {
    return { ok: false, url: target.href, origin: target.origin };
  }
  return { ok: true, url: target.href, isDefault: param === null || param.trim() === '' };
}

/** This build's allowlist: the origins its CSP lets the page connect to. */
const BUILD_ORIGINS = parseDataOrigins(import.meta.env.VITE_DATA_ORIGINS);

/**
 * Where this page's `?data=` points, checked against this build's allowlist: the one derivation
 * App's query and main.tsx's early start share, so they agree on the query key.
 */
export function datasetLocationOf(param: string | null, pageHref: string): DatasetLocation {
  if (param === LOCAL_DATA) return localLocation(pageHref);
  return tooLongParam(pageHref) ?? resolveDatasetUrl(param, pageHref, BUILD_ORIGINS);
}

/** Where a file opened from the reader's computer is kept: the query key every mode reads. */
export function localLocation(pageHref: string): DatasetLocation {
  return { ok: false, url: new URL('./', pageHref).href, local: true };
}

/**
 * The page's `?data=` when it is longer than MAX_DATA_PARAM, as a refused location: showing the
 * bundled dataset instead would pass off one file as another. Null when it is short or absent.
 */
export function tooLongParam(pageHref: string): DatasetLocation | null {
  const raw = new URL(pageHref).searchParams.get('data');
  if (raw === null || raw.length <= MAX_DATA_PARAM) return null;
  return { ok: false, url: `${raw.slice(0, 80)}…`, length: raw.length, limit: MAX_DATA_PARAM };
}
