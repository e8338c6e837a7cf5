import type { z } from 'zod';
import { codePointLength, DatasetEnvelopeSchema, EventSchema } from './dataset-schema';
import type { RawEvent } from './dataset-schema';
import { normalizeEvent, compareEvents } from './normalize-event';
import type { ArticleState, Dataset, SkippedEvent, TimelineEvent } from '../domain/types';

export type ParseOutcome =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Longest key name repeated back, in UTF-16 units. A file may hold a key of megabytes; copied
 * into a message it would be sent, stored and laid out whole, and freeze or crash the tab.
 */
const MAX_ECHOED_NAME = 64;
/** Unknown keys of one object named one by one; past this many, the rest are counted. */
const MAX_LISTED_KEYS = 10;

/** The name, or its first characters and "…" (never cutting a surrogate pair in two). */
function echoName(name: string): string {
  if (name.length <= MAX_ECHOED_NAME) return name;
  const cut = /[\uD800-\uDBFF]/.test(name.charAt(MAX_ECHOED_NAME - 1))
    ? MAX_ECHOED_NAME - 1
    : MAX_ECHOED_NAME;
  return `${name.slice(0, cut)}…`;
}

/** `events[3].quotes[0].end` — the path a person would type to find the field. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      // Keys a person could not type after a dot (empty, spaces, quotes…) are shown quoted, and
      // so are names too long to repeat whole.
      if (name.length > MAX_ECHOED_NAME || !/^[A-Za-z_$][\w$]*$/.test(name)) {
        return `[${JSON.stringify(echoName(name))}]`;
      }
      return i === 0 ? name : `.${name}`;
    })
    .join('');
}

function unknownKeys(path: readonly PropertyKey[], keys: readonly string[]): string[] {
  const named = keys.slice(0, MAX_LISTED_KEYS).map((key) => {
    const long = key.length > MAX_ECHOED_NAME;
    const size = long ? ` (a name ${codePointLength(key)} characters long)` : '';
    return `${formatPath([...path, key])}: unknown field${size}`;
  });
  const more = keys.length - named.length;
  if (more === 0) return named;
  const where = formatPath(path);
  const rest = `${more} more unknown ${more === 1 ? 'field' : 'fields'}`;
  return [...named, where ? `${where}: ${rest}` : rest];
}

/** Every issue as "field: what is wrong"; an unknown key is named as the field itself. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') return unknownKeys(issue.path, issue.keys);
    const where = formatPath(issue.path);
    return [where ? `${where}: ${issue.message}` : issue.message];
  });
}

function readId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  const { id } = raw;
  return typeof id === 'string' && id.length > 0 && id.length <= 120 ? id : null;
}

/**
 * Code-point offset → UTF-16 index in the article. Null when the two are the same (no character
 * outside the BMP: every article so far), which saves an index as long as the article.
 */
function codePointIndex(article: string): Int32Array | null {
  if (!/[\uD800-\uDFFF]/.test(article)) return null;
  const index = new Int32Array(codePointLength(article) + 1);
  let cp = 0;
  for (const char of article) {
    index[cp + 1] = (index[cp] ?? 0) + char.length;
    cp++;
  }
  return index;
}

interface ArticleText {
  readonly text: string;
  /** Its length in code points. */
  readonly length: number;
  readonly index: Int32Array | null;
}

function readArticle(text: string): ArticleText {
  const index = codePointIndex(text);
  return { text, length: index ? index.length - 1 : text.length, index };
}

/** Code points `start`–`end` of the article (0 ≤ start ≤ end ≤ length). */
function sliceArticle(article: ArticleText, start: number, end: number): string {
  if (!article.index) return article.text.slice(start, end);
  return article.text.slice(article.index[start], article.index[end]);
}

/**
 * How far either side of a wrong quote's offsets its text is looked for, to say where it does
 * stand. A bounded window, not the whole article: a wrong quote then costs its own length and
 * this reach, so thousands of them against a long article stay cheap.
 */
export const HINT_REACH = 10_000;

/** Where a quote's text stands near its offsets, for the message that reports it misplaced. */
function whereInstead(article: ArticleText, quote: RawEvent['quotes'][number]): string {
  const from = Math.max(0, quote.start - HINT_REACH);
  const to = Math.min(article.length, quote.end + HINT_REACH);
  const near = sliceArticle(article, from, to);
  const at = near.indexOf(quote.text);
  if (at >= 0) return `; the text stands at ${from + codePointLength(near.slice(0, at))}`;
  return from === 0 && to === article.length
    ? ', and the text does not occur anywhere in the article'
    : `, and the text does not occur within ${HINT_REACH.toLocaleString('en')} characters of there`;
}

/** Checks that each quote stands verbatim in the article at its code-point offsets. */
function checkQuotes(event: RawEvent, article: ArticleText): string[] {
  const problems: string[] = [];
  event.quotes.forEach((quote, i) => {
    if (quote.end > article.length) {
      problems.push(
        `quotes[${i}].end: ${quote.end} is past the end of the article (${article.length} characters)`,
      );
      return;
    }
    if (sliceArticle(article, quote.start, quote.end) === quote.text) return;
    problems.push(
      `quotes[${i}].text: not found verbatim at characters ${quote.start}–${quote.end}${whereInstead(article, quote)}`,
    );
  });
  return problems;
}

/** Events between two progress reports: often enough to move a bar, rare enough to cost nothing. */
const PROGRESS_EVERY = 2000;

/** A valid file without its events: what `checkDataset` returns once every event was handed on. */
export type CheckOutcome =
  | { readonly ok: true; readonly dataset: Omit<Dataset, 'events'> }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * The one gate between a raw file and the app: validates the envelope strictly, then each event
 * on its own, so one bad event is skipped and reported instead of failing the whole file.
 * Cross-record rules (unique ids, known attributions, verbatim quotes) are checked here; the
 * quotes only when the article could be loaded.
 */
export function parseDataset(
  raw: unknown,
  article: string | ArticleState,
  onProgress?: (checked: number, total: number) => void,
): ParseOutcome {
  const events: TimelineEvent[] = [];
  const outcome = checkDataset(raw, article, (event) => events.push(event), onProgress);
  if (!outcome.ok) return outcome;
  events.sort(compareEvents);
  return { ok: true, dataset: { ...outcome.dataset, events } };
}

/**
 * `parseDataset`'s work, handing each valid, normalised event to `onEvent` in file order as soon
 * as it is checked (a worker posts them in batches while it checks the rest). Sorting is the
 * caller's: `compareEvents`.
 */
export function checkDataset(
  raw: unknown,
  given: string | ArticleState,
  onEvent: (event: TimelineEvent) => void,
  onProgress?: (checked: number, total: number) => void,
): CheckOutcome {
  const envelope = DatasetEnvelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, problems: formatIssues(envelope.error) };
  const { source, attributions, events: rawEvents } = envelope.data;

  const labels = new Map(attributions.map((a) => [a.id, a.label]));
  // A string is the article's text: scripts and tests that read it from disk have no failure.
  const article: ArticleState =
    typeof given === 'string' ? { status: 'loaded', text: given } : given;
  // Without the article the quotes are kept as given: their offsets cannot be checked.
  const text = article.status === 'loaded' ? readArticle(article.text) : null;
  const seen = new Map<string, number>();
  const skipped: SkippedEvent[] = [];

  rawEvents.forEach((raw, index) => {
    if (onProgress && index % PROGRESS_EVERY === 0) onProgress(index, rawEvents.length);
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
    if (text) problems.push(...checkQuotes(event, text));
    if (problems.length > 0) {
      skipped.push({ index, id: event.id, problems });
      return;
    }
    seen.set(event.id, index);
    onEvent(normalizeEvent(event, labels));
  });

  onProgress?.(rawEvents.length, rawEvents.length);
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
      skipped,
      article,
    },
  };
}
