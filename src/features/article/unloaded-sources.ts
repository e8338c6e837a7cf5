import type { SourceInfo } from '../../domain/types';

/** A stored source whose text could not be had, and why. */
export interface UnloadedSource {
  readonly id: string;
  /** "Northwind Courier, “Belmark frees prisoners after talks”". */
  readonly name: string;
  readonly reason: string;
}

/** Every source whose stored text could not be loaded, in the dataset's order. */
export function unloadedSources(sources: readonly SourceInfo[]): UnloadedSource[] {
  return sources.flatMap((source) =>
    source.text.status === 'unavailable'
      ? [
          {
            id: source.id,
            name: `${source.publisher}, “${source.title}”`,
            reason: source.text.reason,
          },
        ]
      : [],
  );
}

/** What the notice says of one such source: whose quotes are unchecked, and the loader's reason. */
export function unloadedSentence(source: UnloadedSource): string {
  return `Quotes from ${source.name}, are shown as the dataset gives them; they could not be checked against its text, because it could not be loaded. ${source.reason}`;
}
