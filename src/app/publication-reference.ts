import { formatDay } from '../domain/format';
import type { SourceInfo } from '../domain/types';
import { DAY } from '../lib/time';

/** The reference line for the article's publication day, at the end of that day. */
export function publicationReference(source: SourceInfo): { at: number; label: string } {
  return {
    at: Date.parse(`${source.published}T00:00:00Z`) + DAY,
    label: `Article published ${formatDay(source.published)}`,
  };
}
