/** The bundled dataset, relative to the page so the app works under any host path. */
export const DEFAULT_DATASET_PATH = 'data/timeline.json';

export type DatasetLocation =
  | { readonly ok: true; readonly url: string; readonly isDefault: boolean }
  | { readonly ok: false; readonly url: string; readonly origin: string };

/**
 * Resolves the `?data=` parameter against the page. Only same-origin files are loaded: another
 * origin could feed the page content we have not vetted, and it would be a third-party request.
 */
export function resolveDatasetUrl(param: string | null, pageHref: string): DatasetLocation {
  const page = new URL(pageHref);
  let target: URL;
  try {
    target = new URL(param && param.trim() !== '' ? param : DEFAULT_DATASET_PATH, page);
  } catch {
    return { ok: false, url: param ?? '', origin: 'an unreadable address' };
  }
  if (target.origin !== page.origin || !/^(https?|file):$/.test(target.protocol)) {
    return {
      ok: false,
      url: target.href,
      origin: target.origin === 'null' ? target.protocol : target.origin,
    };
  }
  return { ok: true, url: target.href, isDefault: param === null || param.trim() === '' };
}
