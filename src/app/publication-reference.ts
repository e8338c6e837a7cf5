import { formatPublished } from '../domain/format';
import type { SourceInfo } from '../domain/types';

/**
 * The reference line: the end of the day the (latest) source was published, the one date every
 * "on or before" window of a one-article dataset ends on.
 */
export function publicationReference(sources: readonly SourceInfo[]): {
  at: number;
  label: string;
} {
  let latest: SourceInfo | null = null;
  let at = Number.NEGATIVE_INFINITY;
  for (const source of sources) {
    const end = source.publishedWindow.end?.at ?? source.publishedWindow.start?.at;
    if (end !== undefined && end > at) {
      at = end;
      latest = source;
    }
  }
  if (!latest) return { at: 0, label: 'No publication date' };
  const when = formatPublished(latest);
  return sources.length === 1
    ? { at, label: `Article published ${when}` }
    : { at, label: `Latest source published ${when} (${latest.publisher})` };
}
