import type { SourceInfo } from '../../domain/types';
import { unloadedSentence, unloadedSources } from './unloaded-sources';

/**
 * Said once above the timeline when stored texts could not be loaded, naming each source: the
 * events are all there, but those sources' quotes could not be checked, and "Show in source"
 * has nothing to show for them.
 */
export function ArticleNotice({ sources }: { sources: readonly SourceInfo[] }) {
  const missing = unloadedSources(sources);
  if (missing.length === 0) return null;
  return (
    <div
      role="status"
      data-testid="article-notice"
      className="rounded-lg border border-edge bg-surface p-3 text-sm"
    >
      {missing.length === 1 ? (
        <p>{missing.map(unloadedSentence)}</p>
      ) : (
        <>
          <p>The texts of {missing.length} sources could not be loaded:</p>
          <ul className="list-disc pl-5">
            {missing.map((source) => (
              <li key={source.id} data-testid="unloaded-source">
                {unloadedSentence(source)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
