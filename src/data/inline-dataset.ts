/**
 * The bundled dataset and article as module text, for the single-file build only: a page
 * opened from file:// cannot fetch its neighbours. Imported lazily behind a build-mode check,
 * so the normal build neither includes nor requests it.
 */
export async function loadInlineSource(): Promise<{
  readonly raw: unknown;
  readonly article: string;
}> {
  const [json, article] = await Promise.all([
    import('../../data/timeline.json?raw'),
    import('../../data/article.txt?raw'),
  ]);
  return { raw: JSON.parse(json.default) as unknown, article: article.default };
}
