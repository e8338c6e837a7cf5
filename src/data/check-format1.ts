import { DatasetEnvelopeSchema, EventSchema } from './dataset-schema';
import { formatIssues, readId } from './format-issues';
import { locateQuote } from './anchor-quote';
import { normalizeEvent } from './normalize-event';
import { upgradeEvent, upgradeSource } from './upgrade-format1';
import { PROGRESS_EVERY } from './check-format2';
import type { CheckContext, Outcome2 } from './check-format2';
import type { SkippedEvent } from '../domain/types';

/**
 * Format 1's gate, as before format 2: its own schema and messages (`quotes[0].text`, the field
 * names its authors wrote), every quote at its offsets in the one article. Each valid event is
 * then upgraded (upgrade-format1.ts) and normalised as format 2 is, so the app sees one model.
 */
export function checkFormat1(raw: unknown, context: CheckContext): Outcome2 {
  const envelope = DatasetEnvelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, problems: formatIssues(envelope.error) };
  const { source, attributions, events: rawEvents } = envelope.data;
  const upgraded = upgradeSource(source);
  const text = context.textOf(upgraded);
  const labels = new Map(attributions.map((a) => [a.id, a.label]));
  const seen = new Map<string, number>();
  const skipped: SkippedEvent[] = [];

  rawEvents.forEach((rawEvent, index) => {
    if (context.onProgress && index % PROGRESS_EVERY === 0)
      context.onProgress(index, rawEvents.length);
    const parsed = EventSchema.safeParse(rawEvent);
    if (!parsed.success) {
      skipped.push({
        collection: 'events',
        index,
        id: readId(rawEvent),
        problems: formatIssues(parsed.error),
      });
      return;
    }
    const event = parsed.data;
    const problems: string[] = [];
    const first = seen.get(event.id);
    if (first !== undefined) problems.push(`id: "${event.id}" is already used by event #${first}`);
    event.quotes.forEach((quote, i) => {
      if (!labels.has(quote.attribution)) {
        problems.push(
          `quotes[${i}].attribution: "${quote.attribution}" is not an id in "attributions"`,
        );
      }
      if (!text) return;
      const located = locateQuote(
        text,
        { exact: quote.text, start: quote.start, end: quote.end },
        'article',
      );
      if (!located.ok)
        problems.push(
          `quotes[${i}].${located.field === 'end' ? 'end' : 'text'}: ${located.problem}`,
        );
    });
    if (problems.length > 0) {
      skipped.push({ collection: 'events', index, id: event.id, problems });
      return;
    }
    seen.set(event.id, index);
    context.onEvent(normalizeEvent(upgradeEvent(event), { labels, offsets: [], cohortIds: [] }));
  });
  context.onProgress?.(rawEvents.length, rawEvents.length);

  return {
    ok: true,
    checked: {
      title: source.title,
      derived: source.derived,
      sources: [upgraded],
      attributions: attributions.map(({ id, label }) => ({ id, label })),
      cohorts: [],
      skipped,
    },
  };
}
