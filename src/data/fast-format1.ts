import {
  arrayOf,
  isBound,
  isFields,
  isList,
  isPlainDay,
  isSlug,
  isString,
  isText,
  isTitle,
  onlyKeys,
  optional,
  webAddress,
} from './fast-atoms';
import { hasEventFields, isAttribution } from './fast-format2';
import { LIMITS, MAX_EVENTS, codePointLength } from './format-rules';
import type { RawDataset, RawEnvelope1, RawEvent, RawQuote, Source } from './dataset-schema';

/**
 * Format 1's schema (dataset-schema.ts) as plain checks, as fast-format2.ts does for format 2:
 * a valid record as it is (only a web address is trimmed, as zod does), else null.
 */

const keys = (...names: string[]): ReadonlySet<string> => new Set(names);

const QUOTE = keys('text', 'start', 'end', 'attribution');

function isQuote(value: unknown): value is RawQuote {
  if (!isFields(value) || !onlyKeys(value, QUOTE)) return false;
  const { text, start, end, attribution } = value;
  return (
    isText(text, LIMITS.quote) &&
    isBound(start) &&
    isBound(end) &&
    isSlug(attribution) &&
    end - start === codePointLength(text)
  );
}

const EVENT = keys(
  'id',
  'kind',
  'date',
  'title',
  'summary',
  'people',
  'sentence_length',
  'place',
  'quotes',
  'notes',
);

/** `EventSchema`. */
export function isEvent1(value: unknown): value is RawEvent {
  return (
    isFields(value) &&
    onlyKeys(value, EVENT) &&
    hasEventFields(value) &&
    arrayOf(value.quotes, 1, 50, isQuote)
  );
}

const SOURCE = keys('title', 'publisher', 'section', 'published', 'article', 'derived', 'url');

/** `SourceSchema`, as zod returns it (a web address trimmed), or null. */
function fastSource1(value: unknown): Source | null {
  if (!isFields(value) || !onlyKeys(value, SOURCE)) return null;
  const { title, publisher, section, published, article, derived, url } = value;
  const address = url === undefined ? undefined : webAddress(url);
  const valid =
    isTitle(title) &&
    isTitle(publisher) &&
    optional(section, isTitle) &&
    isPlainDay(published) &&
    isTitle(article) &&
    isPlainDay(derived) &&
    address !== null;
  if (!valid) return null;
  const source: Source = { title, publisher, published, article, derived };
  // Absent keys stay absent; a key given as undefined is kept, as zod keeps it.
  if ('section' in value) source.section = section;
  if ('url' in value) source.url = address;
  return source;
}

const ENVELOPE = keys('$schema', 'source', 'attributions', 'events');

/** `DatasetEnvelopeSchema`: the file with its events left raw, as zod returns it, or null. */
export function fastEnvelope1(raw: unknown): RawEnvelope1 | null {
  if (!isFields(raw) || !onlyKeys(raw, ENVELOPE)) return null;
  const { $schema, attributions, events } = raw;
  const source = fastSource1(raw.source);
  const valid =
    source !== null &&
    optional($schema, isString) &&
    arrayOf(attributions, 1, 100, isAttribution) &&
    isList(events, 0, MAX_EVENTS);
  if (!valid) return null;
  const envelope: RawEnvelope1 = { source, attributions, events };
  if ('$schema' in raw) envelope.$schema = $schema;
  return envelope;
}

/** `DatasetSchema`, the whole file at once (the property test's unit), or null. */
export function fastDataset1(raw: unknown): RawDataset | null {
  const envelope = fastEnvelope1(raw);
  if (envelope === null) return null;
  const { events } = envelope;
  return events.every(isEvent1) ? { ...envelope, events } : null;
}
