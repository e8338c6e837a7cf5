/** The five event kinds of the public data format, in lane order (top to bottom). */
export const EVENT_KINDS = ['capture', 'sentence', 'release', 'status', 'statement'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** How exact a number is, after UCDP's best/low/high practice. */
export const QUALIFIERS = ['exact', 'at-least', 'up-to', 'some', 'unknown'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Qualifiers that come with a number; `some` and `unknown` must not carry one. */
export const NUMBERED_QUALIFIERS: readonly Qualifier[] = ['exact', 'at-least', 'up-to'];

export const KIND_LABELS: Record<EventKind, string> = {
  capture: 'Captures & arrests',
  sentence: 'Sentences',
  release: 'Releases',
  status: 'People held',
  statement: 'Statements',
};

/** Singular and plural nouns, for sentences ("1 statement", "3 releases"). */
export const KIND_NOUNS: Record<EventKind, readonly [string, string]> = {
  capture: ['capture or arrest', 'captures & arrests'],
  sentence: ['sentence', 'sentences'],
  release: ['release', 'releases'],
  status: ['count of people held', 'counts of people held'],
  statement: ['statement', 'statements'],
};

/** The kinds of source a dataset cites (format 2 `sources[].type`). */
export const SOURCE_TYPES = ['news', 'statement', 'ngo', 'official', 'court', 'other'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
