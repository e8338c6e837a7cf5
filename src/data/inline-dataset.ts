import { readFormat } from './dataset-checks';
import { FORMAT1_SOURCE_ID } from './upgrade-format1';
import type { SourceText } from '../domain/types';

/**
 * The bundled dataset and its stored texts as module text, for the single-file build only: a
 * page opened from file:// cannot fetch its neighbours. Imported lazily behind a build-mode
 * check, so the normal build neither includes nor requests it. Every `.txt` in `data/` is
 * inlined and matched to the sources by the path they give.
 */
export async function loadInlineSource(): Promise<{
  readonly raw: unknown;
  readonly texts: ReadonlyMap<string, SourceText>;
}> {
  const json = await import('../../data/timeline.json?raw');
  const files = import.meta.glob<string>('../../data/*.txt', { query: '?raw', import: 'default' });
  const raw = JSON.parse(json.default) as unknown;
  const texts = new Map<string, SourceText>();
  for (const { sourceId, path } of textPaths(raw)) {
    const load = files[`../../data/${path}`];
    texts.set(
      sourceId,
      load
        ? { status: 'loaded', text: await load() }
        : { status: 'unavailable', url: path, reason: `${path} is not in the single file.` },
    );
  }
  return { raw, texts };
}

/**
 * The bundled dataset's text paths: its own file, so its shape is known. Format 1 (still read)
 * names its one article `source.article`, which the loader knows as the source "article".
 */
function textPaths(raw: unknown): { sourceId: string; path: string }[] {
  const file = raw as {
    sources?: { id: string; text?: string }[];
    source?: { article?: string };
  };
  const article = file.source?.article;
  if (readFormat(raw) === 1 && article) return [{ sourceId: FORMAT1_SOURCE_ID, path: article }];
  return (file.sources ?? []).flatMap((s) => (s.text ? [{ sourceId: s.id, path: s.text }] : []));
}
