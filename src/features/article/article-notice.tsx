import type { SourceInfo } from '../../domain/types';

/**
 * Said once above the timeline when the article could not be loaded: the events are all there,
 * but their quotes could not be checked, and "Show in article" has nothing to show.
 */
export function ArticleNotice({ sources }: { sources: readonly SourceInfo[] }) {
  const missing = sources.flatMap((s) => (s.text.status === 'unavailable' ? [s.text] : []));
  const [article] = missing;
  if (!article) return null;
  return (
    <p
      role="status"
      data-testid="article-notice"
      className="rounded-lg border border-edge bg-surface p-3 text-sm"
    >
      Quotes are shown as the dataset gives them; they could not be checked against the article,
      because it could not be loaded. {article.reason}
    </p>
  );
}
