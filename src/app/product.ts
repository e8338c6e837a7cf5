import { formatPublished } from '../domain/format';
import type { SourceInfo } from '../domain/types';

export const PRODUCT_NAME = 'custody-timeline';

/** What every view, and every exported picture of one, is titled unless a briefing says else. */
export const PRODUCT_TITLE = 'Detainees: captures, sentences and releases';

/** Sources named one by one in a source line; past this many, the rest are counted. */
const NAMED_SOURCES = 3;

function citation(source: SourceInfo): string {
  const section = source.section ? ` (${source.section})` : '';
  return `${source.publisher}, “${source.title}”, ${formatPublished(source)}${section}`;
}

/** The sources the dataset was derived from, cited the same way on screen and in exports. */
export function sourceLineOf(sources: readonly SourceInfo[]): string {
  const [only] = sources;
  if (only && sources.length === 1) return `Source: ${citation(only)}`;
  const named = sources.slice(0, NAMED_SOURCES).map(citation);
  const more = sources.length - named.length;
  return `Sources: ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}
