import { formatDay } from '../../domain/format';
import type { SourceInfo } from '../../domain/types';
import { SourceList } from './source-list';

export interface ClosingSlideProps {
  /** The briefing's closing words, if it gives any. */
  readonly text: string | null;
  readonly sources: readonly SourceInfo[];
  /** Day the dataset was derived, YYYY-MM-DD. */
  readonly derived: string;
  /** What drew the briefing, named on its last slide. */
  readonly product: string;
}

/** After the last event: the sources with their dates, and how current the data is. */
export function ClosingSlide({ text, sources, derived, product }: ClosingSlideProps) {
  return (
    <section
      aria-live="polite"
      aria-labelledby="closing-title"
      className="flex flex-col gap-[0.6em]"
      data-testid="closing-slide"
    >
      {text && <p className="text-[1.5em] font-semibold leading-snug">{text}</p>}
      <h2 id="closing-title" className="text-[1.5em] font-bold leading-tight">
        {sources.length === 1 ? 'Source' : 'Sources'}
      </h2>
      <SourceList sources={sources} />
      <p className="text-[0.8em] text-muted" data-testid="slide-derived">
        Data derived on {formatDay(derived)} from{' '}
        {sources.length === 1 ? 'this source' : 'these sources'} · {product}
      </p>
    </section>
  );
}
