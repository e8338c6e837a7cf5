import { analystReading, disputeSummary } from '../../domain/dispute-wording';
import { formatCount, formatPeople, formatWindowLong } from '../../domain/format';
import { KIND_LABELS } from '../../domain/kinds';
import type { Step } from '../../domain/steps';
import type { SourceInfo } from '../../domain/types';

/**
 * The current step in large type: what happened, when, how many (the range the sources give
 * when they disagree), and the first claim's words with who says them and where.
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
      className="flex flex-col gap-3"
      data-testid="step-caption"
    >
      <p className="text-lg font-semibold uppercase tracking-wide text-muted">
        {KIND_LABELS[event.kind]} · {formatWindowLong(event.window)}
      </p>
      <h2 className="text-3xl font-bold leading-tight xl:text-4xl">{caption ?? event.title}</h2>
      {dispute && (
        <p className="text-xl font-semibold text-warn xl:text-2xl" data-testid="step-dispute">
          <span aria-hidden="true">≠ </span>
          {disputeSummary(dispute)}
        </p>
      )}
      <p className="text-xl xl:text-2xl">
        {people && (dispute?.count ? analystReading(formatPeople(people)) : formatPeople(people))}
        {event.sentenceLength ? ` · sentence: ${formatCount(event.sentenceLength, 'years')}` : null}
      </p>
      {quote && (
        <figure className="border-l-8 border-edge pl-4">
          <blockquote className="text-xl italic xl:text-2xl">“{quote.quote.exact}”</blockquote>
          <figcaption className="mt-1 text-lg text-muted">
            — {quote.attributionLabel}
            {publisher && <span data-testid="step-publisher"> · {publisher}</span>}
          </figcaption>
        </figure>
      )}
    </section>
  );
}
