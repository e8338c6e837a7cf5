import { useEffect, useRef } from 'react';
import { splitAtQuote } from './split-at-quote';

export interface ArticleViewProps {
  readonly article: string;
  readonly title: string;
  readonly byline: string;
  readonly highlight: {
    readonly start: number;
    readonly end: number;
    readonly attribution: string;
  };
  readonly onClose: () => void;
}

/**
 * The source article in a modal dialog with one quote marked at its offsets, so a reader can
 * check the words in context. The native <dialog> gives focus trapping and Esc for free.
 */
export function ArticleView({ article, title, byline, highlight, onClose }: ArticleViewProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const mark = useRef<HTMLElement>(null);
  const [before, quoted, after] = splitAtQuote(article, highlight.start, highlight.end);

  useEffect(() => {
    const node = dialog.current;
    if (node && !node.open) node.showModal();
    mark.current?.scrollIntoView({ block: 'center' });
  }, [highlight.start, highlight.end]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="article-title"
      className="m-auto max-h-[90vh] w-[min(48rem,94vw)] rounded-lg border border-[var(--ct-border)] bg-[var(--ct-surface)] p-0 text-[var(--ct-text)] backdrop:bg-black/50"
      onClose={onClose}
      data-testid="article-view"
    >
      <div className="flex items-start justify-between gap-3 border-b border-[var(--ct-border)] p-4">
        <div>
          <h2 id="article-title" className="text-lg font-bold">
            {title}
          </h2>
          <p className="text-sm text-[var(--ct-muted)]">{byline}</p>
        </div>
        <button
          type="button"
          autoFocus
          onClick={() => dialog.current?.close()}
          className="rounded-md border border-[var(--ct-border)] px-2 py-1 text-sm hover:bg-[var(--ct-hover)]"
        >
          Close
        </button>
      </div>
      <p className="p-4 text-sm text-[var(--ct-muted)]">
        Highlighted: characters {highlight.start}–{highlight.end}, attributed to{' '}
        {highlight.attribution}.
      </p>
      <div className="whitespace-pre-wrap px-4 pb-6 leading-relaxed">
        {before}
        <mark
          ref={mark}
          data-testid="article-highlight"
          className="rounded bg-[var(--ct-highlight)] px-0.5 text-[var(--ct-text)]"
        >
          {quoted}
        </mark>
        {after}
      </div>
    </dialog>
  );
}
