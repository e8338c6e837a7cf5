import { formatPublished } from '../../domain/format';
import type { SourceInfo } from '../../domain/types';

/** "Western Armenia, “Azerbaijan Releases 32 Armenian Soldiers” (Politics)". */
function sourceName(source: SourceInfo): string {
  const section = source.section ? ` (${source.section})` : '';
  return `${source.publisher}, “${source.title}”${section}`;
}

/** Every source of the dataset, each with the day it was published: who says so, and when. */
export function SourceList({ sources }: { sources: readonly SourceInfo[] }) {
  return (
    <ul className="flex flex-col gap-[0.3em]" data-testid="slide-sources">
      {sources.map((source) => (
        <li key={source.id}>
          {sourceName(source)}, <span className="whitespace-nowrap">{formatPublished(source)}</span>
        </li>
      ))}
    </ul>
  );
}
