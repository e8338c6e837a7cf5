import { useEffect, useMemo, useRef, useState } from 'react';
import type { SourceText } from '../../domain/types';
import { excerptAround } from './split-at-quote';
import { Button } from '../../ui/button';

export interface ArticleViewProps {
  readonly article: SourceText;
  readonly title: string;
  readonly byline: string;
  readonly highlight: {
    /** Null when the quote could not be located (its text was not loaded). */
    readonly start: number | null;
    readonly end: number | null;
    readonly attribution: string;
    /** The quote as the dataset gives it: shown on its own when the article is unavailable. */
    readonly text: string;
  };
  readonly onClose: () => void;
}

/**
 * Characters shown on each side of the quote at first, and added by each "Show more": enough
 * for several paragraphs of context, while a 20 MB article never lands in the page whole.
 */
export const ARTICLE_CONTEXT = 3000;

/**
 * The source article in a modal dialog with one quote marked at its offsets, so a reader can
 * check the words in context. The native <dialog> gives focus trapping and Esc for free.
 */
export function ArticleView({ article, title, byline, highlight, onClose }: ArticleViewProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const mark = useRef<HTMLElement>(null);

  useEffect(() => {
    const node = dialog.current;
    if (node && !node.open) node.showModal();
    mark.current?.scrollIntoView({ block: 'center' });
  }, [highlight.start, highlight.end]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="article-title"
      className="m-auto max-h-[90vh] w-[min(48rem,94vw)] rounded-lg border border-edge bg-surface p-0 text-ink backdrop:bg-black/50"
      onClose={onClose}
      data-testid="article-view"
    >
      <div className="flex items-start justify-between gap-3 border-b border-edge p-4">
        <div>
          <h2 id="article-title" className="text-lg font-bold">
            {title}
          </h2>
          <p className="text-sm text-muted">{byline}</p>
        </div>
        <Button autoFocus onClick={() => dialog.current?.close()}>
          Close
        </Button>
      </div>
      {article.status === 'loaded' && highlight.start !== null && highlight.end !== null ? (
        <ArticleExcerptView
          text={article.text}
          highlight={{ ...highlight, start: highlight.start, end: highlight.end }}
          mark={mark}
        />
      ) : (
        <div className="flex flex-col gap-3 p-4" data-testid="article-unavailable">
          <p role="status">
            {article.status === 'unavailable'
              ? `The source text could not be loaded, so this quote is shown as the dataset gives it, unchecked: ${article.reason}`
              : 'The dataset does not store this source’s text, so this quote is shown as the dataset gives it.'}
          </p>
          <blockquote className="border-l-4 border-edge pl-3 italic">“{highlight.text}”</blockquote>
          <p className="text-sm text-muted">
            {highlight.start !== null &&
              `Given at characters ${highlight.start}–${highlight.end ?? ''}, `}
            attributed to {highlight.attribution}.
          </p>
        </div>
      )}
    </dialog>
  );
}

/** The side of the quote a part of the article lies on. */
type Side = 'before' | 'after';

function ArticleExcerptView({
  text,
  highlight,
  mark,
}: {
  text: string;
  highlight: ArticleViewProps['highlight'] & { readonly start: number; readonly end: number };
  mark: React.RefObject<HTMLElement | null>;
}) {
  const [reach, setReach] = useState({ before: ARTICLE_CONTEXT, after: ARTICLE_CONTEXT });
  const excerpt = useMemo(
    () => excerptAround(text, highlight.start, highlight.end, reach.before, reach.after),
    [text, highlight.start, highlight.end, reach],
  );
  const showMore = (side: Side) => {
    setReach((r) => ({ ...r, [side]: r[side] + ARTICLE_CONTEXT }));
  };
  return (
    <>
      <p className="p-4 text-sm text-muted">
        Highlighted: characters {highlight.start}–{highlight.end}, attributed to{' '}
        {highlight.attribution}.
      </p>
      <div className="px-4 pb-6 leading-relaxed" data-testid="article-text">
        <CutNotice side="before" hidden={excerpt.hiddenBefore} onMore={showMore} />
        <div className="whitespace-pre-wrap">
          {excerpt.hiddenBefore > 0 && '…'}
          {excerpt.before}
          <mark
            ref={mark}
            data-testid="article-highlight"
            className="rounded bg-highlight px-0.5 text-ink"
          >
            {excerpt.quote}
          </mark>
          {excerpt.after}
          {excerpt.hiddenAfter > 0 && '…'}
        </div>
        <CutNotice side="after" hidden={excerpt.hiddenAfter} onMore={showMore} />
      </div>
    </>
  );
}

/** How much of the article is left out on one side of the excerpt, and a way to see more. */
function CutNotice({
  side,
  hidden,
  onMore,
}: {
  side: Side;
  hidden: number;
  onMore: (side: Side) => void;
}) {
  if (hidden === 0) return null;
  return (
    <p
      className={`${side === 'before' ? 'mb-2' : 'mt-2'} flex flex-wrap items-center gap-2 text-sm text-muted`}
    >
      <span data-testid={`article-cut-${side}`}>
        … {hidden.toLocaleString('en')} {side === 'before' ? 'earlier' : 'later'} characters not
        shown.
      </span>
      <Button
        onClick={() => {
          onMore(side);
        }}
      >
        Show more {side}
      </Button>
    </p>
  );
}
