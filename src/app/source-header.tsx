import { formatDay } from '../domain/format';
import type { SourceInfo } from '../domain/types';

/** Product name, the source line and the data's one-line summary. */
export function SourceHeader({ source, summary }: { source: SourceInfo; summary: string }) {
  return (
    <header className="flex flex-col gap-1">
      <p className="text-sm font-semibold tracking-wide text-[var(--ct-muted)]">custody-timeline</p>
      <h1 className="text-2xl font-bold leading-tight">
        Detainees: captures, sentences and releases
      </h1>
      <p className="text-sm" data-testid="source-line">
        Source: {source.publisher}, “{source.title}”, {formatDay(source.published)}
        {source.section ? ` (${source.section})` : ''}
      </p>
      <p className="text-sm text-[var(--ct-muted)]" data-testid="summary">
        {summary}
      </p>
    </header>
  );
}
