import type { z } from 'zod';
import { DatasetEnvelopeSchema, EventSchema } from './dataset-schema';
import type { RawEvent } from './dataset-schema';
import { normalizeEvent, compareEvents } from './normalize-event';
import type { Dataset, SkippedEvent, TimelineEvent } from '../domain/types';

export type ParseOutcome =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly problems: readonly string[] };

/** `events[3].quotes[0].end` — the path a person would type to find the field. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      // Keys a person could not type after a dot (empty, spaces, quotes…) are shown quoted.
      if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `[${JSON.stringify(name)}]`;
      return i === 0 ? name : `.${name}`;
    })
    .join('');
}

/** Every issue as "field: what is wrong"; an unknown key is named as the field itself. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${formatPath([...issue.path, key])}: unknown field`);
    }
    const where = formatPath(issue.path);
    return [where ? `${where}: ${issue.message}` : issue.message];
  });
}

function readId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  const { id } = raw;
  return typeof id === 'string' && id.length > 0 && id.length <= 120 ? id : null;
}

/** Checks that each quote stands verbatim in the article at its code-point offsets. */
function checkQuotes(event: RawEvent, article: string, chars: readonly string[]): string[] {
  const problems: string[] = [];
  event.quotes.forEach((quote, i) => {
    if (quote.end > chars.length) {
      problems.push(
        `quotes[${i}].end: ${quote.end} is past the end of the article (${chars.length} characters)`,
      );
      return;
    }
    const found = chars.slice(quote.start, quote.end).join('');
    if (found === quote.text) return;
    const at = article.indexOf(quote.text);
    const hint =
      at < 0
        ? ', and the text does not occur anywhere in the article'
        : `; the text stands at ${Array.from(article.slice(0, at)).length}`;
    problems.push(
      `quotes[${i}].text: not found verbatim at characters ${quote.start}–${quote.end}${hint}`,
    );
  });
  return problems;
}

/**
 * The one gate between a raw file and the app: validates the envelope strictly, then each event
 * on its own, so one bad event is skipped and reported instead of failing the whole file.
 * Cross-record rules (unique ids, known attributions, verbatim quotes) are checked here.
 */
export function parseDataset(raw: unknown, article: string): ParseOutcome {
  const envelope = DatasetEnvelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, problems: formatIssues(envelope.error) };
  const { source, attributions, events: rawEvents } = envelope.data;

  const labels = new Map(attributions.map((a) => [a.id, a.label]));
  const chars = Array.from(article);
  const seen = new Map<string, number>();
  const events: TimelineEvent[] = [];
  const skipped: SkippedEvent[] = [];

  rawEvents.forEach((raw, index) => {
    const parsed = EventSchema.safeParse(raw);
    if (!parsed.success) {
      skipped.push({ index, id: readId(raw), problems: formatIssues(parsed.error) });
      return;
    }
    const event = parsed.data;
    const problems: string[] = [];
    const first = seen.get(event.id);
    if (first !== undefined) {
      problems.push(`id: "${event.id}" is already used by event #${first}`);
    }
    event.quotes.forEach((quote, i) => {
      if (!labels.has(quote.attribution)) {
        problems.push(
          `quotes[${i}].attribution: "${quote.attribution}" is not an id in "attributions"`,
        );
      }
    });
    problems.push(...checkQuotes(event, article, chars));
    if (problems.length > 0) {
      skipped.push({ index, id: event.id, problems });
      return;
    }
    seen.set(event.id, index);
    events.push(normalizeEvent(event, labels));
  });

  events.sort(compareEvents);
  return {
    ok: true,
    dataset: {
      source: {
        title: source.title,
        publisher: source.publisher,
        section: source.section ?? null,
        published: source.published,
        derived: source.derived,
        url: source.url ?? null,
      },
      attributions: attributions.map(({ id, label }) => ({ id, label })),
      events,
      skipped,
      article,
    },
  };
}
