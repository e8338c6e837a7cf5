import type { ReactNode } from 'react';
import type { SourceInfo } from '../../domain/types';
import { SourceList } from './source-list';

export interface OpeningSlideProps {
  readonly title: string;
  /** The briefing's own words for the opening, if it gives any. */
  readonly text: string | null;
  readonly sources: readonly SourceInfo[];
  /** The dataset's headline and key facts, drawn by the caller (the strip the full view shows). */
  readonly keyFacts?: ReactNode;
  /** How many event steps follow. */
  readonly count: number;
}

/** Before the first event: what the briefing is about, its key facts, and who says so. */
export function OpeningSlide({ title, text, sources, keyFacts, count }: OpeningSlideProps) {
  return (
    <section
      aria-live="polite"
      aria-labelledby="opening-title"
      className="flex flex-col gap-[0.6em]"
      data-testid="opening-slide"
    >
      <h2
        id="opening-title"
        data-testid="slide-title"
        className="text-[2em] font-bold leading-tight"
      >
        {title}
      </h2>
      {text && <p className="text-[1.25em] leading-snug">{text}</p>}
      {keyFacts}
      <div>
        <h3 className="text-[0.8em] font-semibold uppercase tracking-wide text-muted">
          {sources.length === 1 ? 'Source' : 'Sources'}
        </h3>
        <SourceList sources={sources} />
      </div>
      <p className="text-[0.7em] text-muted">
        {count === 1 ? '1 step follows' : `${count} steps follow`}. Keys: → or PageDown next · ← or
        PageUp previous · Home/End · F fullscreen · Esc leaves fullscreen
      </p>
    </section>
  );
}
