import { EVENT_KINDS, SOURCE_TYPES } from '../domain/kinds';
import {
  arrayOf,
  isAmount,
  isBoolean,
  isBound,
  isContext,
  isEdtf,
  isFields,
  isList,
  isLanguage,
  isLongText,
  isOneOf,
  isPlainDay,
  isQualifiedNumber,
  isQualifier,
  isShortText,
  isSlug,
  isString,
  isText,
  isTitle,
  onlyKeys,
  optional,
  webAddress,
} from './fast-atoms';
import type { Fields } from './fast-atoms';
import { LIMITS, MAX_COHORTS, MAX_EVENTS, MAX_SOURCES, codePointLength } from './format-rules';
import type { Attribution } from './dataset-schema';
import type {
  RawClaim,
  RawClaimPeople,
  RawCohort,
  RawDataset2,
  RawEnvelope2,
  RawEvent2,
  RawQuoteAnchor,
  RawSource2,
} from './format2-schema';
import type { RawPeople, RawSentenceLength } from './dataset-schema';

/**
 * Format 2's schema (format2-schema.ts) as plain checks, for the loader's hot path: is a record
 * valid, yes or no, without zod. A valid record is returned as it is, since every object of the
 * schema is strict and nothing is defaulted: zod's copy has the same keys and values. The one
 * exception is a web address, which zod trims (`webAddress`). Why a record is refused is zod's to
 * say: the loader asks it only then. fast-check.property.test.ts holds these to zod's verdicts.
 */

const keys = (...names: string[]): ReadonlySet<string> => new Set(names);

const isKind = isOneOf(EVENT_KINDS);
const isSourceType = isOneOf(SOURCE_TYPES);
const isBasis = isOneOf(['quote', 'inference']);
const isNotes = (value: unknown): value is string[] => arrayOf(value, 0, LIMITS.notes, isLongText);
const isCount = (value: unknown): value is number | null => value === null || isBound(value);
const isYears = (value: unknown): value is number | null => value === null || isAmount(value);
const isOptionalBound = (value: unknown): value is number | undefined => optional(value, isBound);
const isOptionalAmount = (value: unknown): value is number | undefined => optional(value, isAmount);

/** `COUNT_SHAPE` with its number rule; `extra` checks the keys a shape adds. */
function isCountShape(value: Fields, extra: (value: Fields) => boolean): boolean {
  const { count, qualifier, min, max } = value;
  return (
    isCount(count) &&
    isQualifier(qualifier) &&
    isOptionalBound(min) &&
    isOptionalBound(max) &&
    extra(value) &&
    isQualifiedNumber(count, qualifier, min, max)
  );
}

const PEOPLE = keys('count', 'qualifier', 'min', 'max', 'held_by', 'nationality');
const COUNT = keys('count', 'qualifier', 'min', 'max');

export function isPeople(value: unknown): value is RawPeople {
  return (
    isFields(value) &&
    onlyKeys(value, PEOPLE) &&
    isCountShape(value, (v) => isShortText(v.held_by) && isShortText(v.nationality))
  );
}

function isClaimPeople(value: unknown): value is RawClaimPeople {
  return (
    isFields(value) &&
    onlyKeys(value, PEOPLE) &&
    isCountShape(
      value,
      (v) => optional(v.held_by, isShortText) && optional(v.nationality, isShortText),
    )
  );
}

function isCohortPeople(value: unknown): value is Fields {
  return isFields(value) && onlyKeys(value, COUNT) && isCountShape(value, () => true);
}

const SENTENCE = keys('years', 'qualifier', 'min', 'max');

export function isSentenceLength(value: unknown): value is RawSentenceLength {
  if (!isFields(value) || !onlyKeys(value, SENTENCE)) return false;
  const { years, qualifier, min, max } = value;
  return (
    isYears(years) &&
    isQualifier(qualifier) &&
    isOptionalAmount(min) &&
    isOptionalAmount(max) &&
    isQualifiedNumber(years, qualifier, min, max)
  );
}

const ANCHOR = keys('exact', 'prefix', 'suffix', 'start', 'end');

function isQuoteAnchor(value: unknown): value is RawQuoteAnchor {
  if (!isFields(value) || !onlyKeys(value, ANCHOR)) return false;
  const { exact, prefix, suffix, start, end } = value;
  if (
    !isText(exact, LIMITS.quote) ||
    !optional(prefix, isContext) ||
    !optional(suffix, isContext) ||
    !isOptionalBound(start) ||
    !isOptionalBound(end)
  ) {
    return false;
  }
  // Offsets go together, and span exactly the quote.
  if (start === undefined || end === undefined) return start === end;
  return end - start === codePointLength(exact);
}

const CLAIM = keys('id', 'source', 'attribution', 'quote', 'people', 'date');

function isClaim(value: unknown): value is RawClaim {
  return (
    isFields(value) &&
    onlyKeys(value, CLAIM) &&
    optional(value.id, isSlug) &&
    isSlug(value.source) &&
    isSlug(value.attribution) &&
    isQuoteAnchor(value.quote) &&
    optional(value.people, isClaimPeople) &&
    optional(value.date, isEdtf)
  );
}

/** `checkKindRules`: people for every kind but a statement, a sentence length only for a sentence. */
export function meetsKindRules(value: Fields): boolean {
  return (
    (value.kind === 'statement' || value.people !== undefined) &&
    (value.kind === 'sentence' || value.sentence_length === undefined)
  );
}

/** The fields format 1 and format 2 events share: all but `claims` and `quotes`. */
export function hasEventFields(value: Fields): boolean {
  return (
    isSlug(value.id) &&
    isKind(value.kind) &&
    isEdtf(value.date) &&
    isTitle(value.title) &&
    isLongText(value.summary) &&
    optional(value.people, isPeople) &&
    optional(value.sentence_length, isSentenceLength) &&
    optional(value.place, isTitle) &&
    optional(value.notes, isNotes) &&
    meetsKindRules(value)
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
  'claims',
  'notes',
  'key',
);

/** `Format2EventSchema`. */
export function isEvent2(value: unknown): value is RawEvent2 {
  return (
    isFields(value) &&
    onlyKeys(value, EVENT) &&
    hasEventFields(value) &&
    arrayOf(value.claims, 1, 50, isClaim) &&
    optional(value.key, isBoolean)
  );
}

const LINK = keys('from', 'to', 'basis', 'note', 'claim');

function isLink(value: unknown): value is Fields {
  if (!isFields(value) || !onlyKeys(value, LINK)) return false;
  const { from, to, basis, note, claim } = value;
  return (
    isSlug(from) &&
    isSlug(to) &&
    isBasis(basis) &&
    isLongText(note) &&
    optional(claim, isSlug) &&
    (basis !== 'quote' || claim !== undefined) &&
    from !== to
  );
}

const isLinks = (value: unknown): value is Fields[] => arrayOf(value, 0, 1000, isLink);

const COHORT = keys('id', 'label', 'people', 'events', 'links', 'notes', 'key');

/** `CohortSchema`: its events listed once each, every link between two of them. */
export function isCohort(value: unknown): value is RawCohort {
  if (!isFields(value) || !onlyKeys(value, COHORT)) return false;
  const { id, label, people, events, links, notes, key } = value;
  if (
    !isSlug(id) ||
    id === 'none' ||
    !isTitle(label) ||
    !optional(people, isCohortPeople) ||
    !arrayOf(events, 1, 1000, isSlug) ||
    !optional(links, isLinks) ||
    !optional(notes, isNotes) ||
    !optional(key, isBoolean)
  ) {
    return false;
  }
  const members = new Set<unknown>(events);
  if (members.size !== events.length) return false;
  return (links ?? []).every((link) => members.has(link.from) && members.has(link.to));
}

const ATTRIBUTION = keys('id', 'label', 'description');

export function isAttribution(value: unknown): value is Attribution {
  return (
    isFields(value) &&
    onlyKeys(value, ATTRIBUTION) &&
    isSlug(value.id) &&
    isTitle(value.label) &&
    optional(value.description, isLongText)
  );
}

const SOURCE = keys(
  'id',
  'title',
  'publisher',
  'section',
  'published',
  'url',
  'language',
  'type',
  'text',
);

/** `Format2SourceSchema`, as zod returns it (a web address trimmed), or null. */
function fastSource2(value: unknown): RawSource2 | null {
  if (!isFields(value) || !onlyKeys(value, SOURCE)) return null;
  const { id, title, publisher, section, published, url, language, type, text } = value;
  const address = url === undefined ? undefined : webAddress(url);
  const valid =
    isSlug(id) &&
    isTitle(title) &&
    isTitle(publisher) &&
    optional(section, isTitle) &&
    isEdtf(published) &&
    address !== null &&
    optional(language, isLanguage) &&
    isSourceType(type) &&
    optional(text, isTitle);
  if (!valid) return null;
  const source: RawSource2 = { id, title, publisher, published, type };
  // Absent keys stay absent; a key given as undefined is kept, as zod keeps it.
  if ('section' in value) source.section = section;
  if ('url' in value) source.url = address;
  if ('language' in value) source.language = language;
  if ('text' in value) source.text = text;
  return source;
}

/** Each item through `fast`, or null when one is refused or the count is out of bounds. */
export function listOf<T>(
  value: unknown,
  min: number,
  max: number,
  fast: (item: unknown) => T | null,
): T[] | null {
  if (!Array.isArray(value) || value.length < min || value.length > max) return null;
  const items: T[] = [];
  for (const item of value as readonly unknown[]) {
    const checked = fast(item);
    if (checked === null) return null;
    items.push(checked);
  }
  return items;
}

const ENVELOPE = keys(
  '$schema',
  'format',
  'title',
  'headline',
  'derived',
  'sources',
  'attributions',
  'events',
  'cohorts',
);

/**
 * `Format2EnvelopeSchema`: the file with its events and cohorts left raw. Returned as zod
 * returns it (sources rebuilt, so their addresses are as zod gives them), or null.
 */
export function fastEnvelope2(raw: unknown): RawEnvelope2 | null {
  if (!isFields(raw) || !onlyKeys(raw, ENVELOPE)) return null;
  const { $schema, format, title, headline, derived, attributions, events, cohorts } = raw;
  const sources = listOf(raw.sources, 1, MAX_SOURCES, fastSource2);
  const valid =
    sources !== null &&
    optional($schema, isString) &&
    format === 2 &&
    isTitle(title) &&
    optional(headline, isTitle) &&
    isPlainDay(derived) &&
    arrayOf(attributions, 1, 100, isAttribution) &&
    isList(events, 0, MAX_EVENTS) &&
    optional(cohorts, isRawList);
  if (!valid) return null;
  const envelope: RawEnvelope2 = { format, title, derived, sources, attributions, events };
  if ('$schema' in raw) envelope.$schema = $schema;
  if ('headline' in raw) envelope.headline = headline;
  if ('cohorts' in raw) envelope.cohorts = cohorts;
  return envelope;
}

const isRawList = (value: unknown): value is unknown[] => isList(value, 0, MAX_COHORTS);

/** `Format2DatasetSchema`, the whole file at once (the property test's unit), or null. */
export function fastDataset2(raw: unknown): RawDataset2 | null {
  const envelope = fastEnvelope2(raw);
  if (envelope === null) return null;
  const { events, cohorts, ...rest } = envelope;
  if (!events.every(isEvent2)) return null;
  if (cohorts !== undefined) return cohorts.every(isCohort) ? { ...rest, events, cohorts } : null;
  return 'cohorts' in envelope ? { ...rest, events, cohorts } : { ...rest, events };
}
