import { locateQuote } from './anchor-quote';
import { normalizeEvent } from './normalize-event';
import { upgradeEvent, upgradeSource } from './upgrade-format1';
import { checkEvents } from './check-events';
import type { CheckContext } from './check-events';
import type { Outcome2 } from './check-format2';
import type { SkippedEvent } from '../domain/types';
import type { Records } from './records';

/**
 * Format 1's gate, as before format 2, once every record has its own schema's verdict and
 * messages (records.ts: `quotes[0].text`, the field names its authors wrote): every quote at its
 * offsets in the one article. Each valid event is
 * then upgraded (upgrade-format1.ts) and normalised as format 2 is, so the app sees one model.
 */
export function checkFormat1(
  records: Extract<Records, { format: 1 }>,
  context: CheckContext,
): Outcome2 {
  const { source, attributions, events: rawEvents } = records.envelope;
  const upgraded = upgradeSource(source);
  const text = context.textOf(upgraded);
  const labels = new Map(attributions.map((a) => [a.id, a.label]));
  const skipped: SkippedEvent[] = [];

  checkEvents(
    rawEvents,
    records.events,
    context,
    skipped,
    (event, problems) => {
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
        if (!located.ok) {
          const field = located.field === 'end' ? 'end' : 'text';
          problems.push(`quotes[${i}].${field}: ${located.problem}`);
        }
      });
    },
    (event) => {
      // The offsets were checked (or could not be): the upgraded claims carry them as given.
      context.onEvent(normalizeEvent(upgradeEvent(event), { labels, offsets: [], cohortIds: [] }));
    },
  );

  return {
    ok: true,
    checked: {
      title: source.title,
      // Format 1 has no headline and marks nothing as key.
      headline: null,
      derived: source.derived,
      sources: [upgraded],
      attributions: attributions.map(({ id, label }) => ({ id, label })),
      cohorts: [],
      skipped,
    },
  };
}
