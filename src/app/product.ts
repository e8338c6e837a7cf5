import { formatDay } from '../domain/format';
import type { SourceInfo } from '../domain/types';

export const PRODUCT_NAME = 'custody-timeline';

/** What every view, and every exported picture of one, is titled unless a briefing says else. */
export const PRODUCT_TITLE = 'Detainees: captures, sentences and releases';

/** The article the dataset was derived from, cited the same way on screen and in exports. */
export function sourceLineOf(source: SourceInfo): string {
  const section = source.section ? ` (${source.section})` : '';
  return `Source: ${source.publisher}, “${source.title}”, ${formatDay(source.published)}${section}`;
}
