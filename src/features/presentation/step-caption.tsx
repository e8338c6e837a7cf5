import { formatCount, formatPeople, formatWindowLong } from '../../domain/format';
import { KIND_LABELS } from '../../domain/kinds';
import type { Step } from '../../domain/steps';

/** The current step in large type: what happened, when, how many, and the article's words. */
export function StepCaption({ step }: { step: Step }) {
  const { event, caption } = step;
  const quote = event.claims[0];
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
      <p className="text-xl xl:text-2xl">
        {event.people ? formatPeople(event.people) : null}
        {event.sentenceLength ? ` · sentence: ${formatCount(event.sentenceLength, 'years')}` : null}
      </p>
      {quote && (
        <figure className="border-l-8 border-edge pl-4">
          <blockquote className="text-xl italic xl:text-2xl">“{quote.quote.exact}”</blockquote>
          <figcaption className="mt-1 text-lg text-muted">— {quote.attributionLabel}</figcaption>
        </figure>
      )}
    </section>
  );
}
