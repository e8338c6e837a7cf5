import { analystReading, disputeSummary } from '../../domain/dispute-wording';
import { formatCount, formatPeople, formatWindowLong } from '../../domain/format';
import { KIND_LABELS } from '../../domain/kinds';
import type { Step } from '../../domain/steps';
import type { SourceInfo } from '../../domain/types';

/**
 * The current step in large type: what happened, when, how many (the range the sources give
 * when they disagree), and the first claim's words with who says them and where. Every size is
 * relative to the container's font size, which the briefing sets from the window.
 */
export function StepCaption({ step, sources }: { step: Step; sources: readonly SourceInfo[] }) {
  const { event, caption } = step;
  const quote = event.claims[0];
  const publisher = quote && sources.find((s) => s.id === quote.sourceId)?.publisher;
  const { dispute, people } = event;
  return (
    <section
      aria-live="polite"
      aria-atomic="true"
      className="flex flex-col gap-[0.5em]"
      data-testid="step-caption"
    >
      <p className="text-[0.8em] font-semibold uppercase tracking-wide text-muted">
        {KIND_LABELS[event.kind]} · {formatWindowLong(event.window)}
      </p>
      <h2 className="text-[1.5em] font-bold leading-tight">{caption ?? event.title}</h2>
      {dispute && (
        <p className="font-semibold text-warn" data-testid="step-dispute">
          <span aria-hidden="true">≠ </span>
          {disputeSummary(dispute)}
        </p>
      )}
      <p>
        {people && (dispute?.count ? analystReading(formatPeople(people)) : formatPeople(people))}
        {event.sentenceLength ? ` · sentence: ${formatCount(event.sentenceLength, 'years')}` : null}
      </p>
      {quote && (
        <figure className="border-l-[0.3em] border-edge pl-[0.6em]">
          <blockquote className="italic">“{quote.quote.exact}”</blockquote>
          <figcaption className="mt-[0.2em] text-[0.85em] text-muted">
            — {quote.attributionLabel}
            {publisher && <span data-testid="step-publisher"> · {publisher}</span>}
          </figcaption>
        </figure>
      )}
    </section>
  );
}
