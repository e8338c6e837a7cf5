import type { EventKind, Qualifier } from './kinds';
import type { TimeWindow } from './time-window';

/** A number as the article gives it: a value (or none) and how far to trust it. */
export interface QualifiedCount {
  readonly value: number | null;
  readonly qualifier: Qualifier;
  readonly min: number | null;
  readonly max: number | null;
}

export interface People extends QualifiedCount {
  readonly heldBy: string;
  readonly nationality: string;
}

export interface Quote {
  readonly text: string;
  /** Code-point offsets into the article; `end` is exclusive. */
  readonly start: number;
  readonly end: number;
  readonly attributionId: string;
  readonly attributionLabel: string;
}

/** One event after validation and normalisation: what every feature works with. */
export interface TimelineEvent {
  readonly id: string;
  readonly kind: EventKind;
  readonly window: TimeWindow;
  readonly title: string;
  readonly summary: string;
  readonly people: People | null;
  readonly sentenceLength: QualifiedCount | null;
  readonly place: string | null;
  readonly quotes: readonly Quote[];
  readonly notes: readonly string[];
}

export interface SourceInfo {
  readonly title: string;
  readonly publisher: string;
  readonly section: string | null;
  /** Publication day, YYYY-MM-DD. */
  readonly published: string;
  /** Day the dataset was derived, YYYY-MM-DD. */
  readonly derived: string;
  readonly url: string | null;
}

/** An event the loader could not use, with every reason in words a reader can act on. */
export interface SkippedEvent {
  /** Position in the file's `events` array, from 0. */
  readonly index: number;
  /** The event's `id` when it has a readable one. */
  readonly id: string | null;
  /** Each problem as "field: what is wrong", e.g. `date: "2020-13" is not a valid EDTF date…`. */
  readonly problems: readonly string[];
}

export interface Dataset {
  readonly source: SourceInfo;
  readonly attributions: readonly { readonly id: string; readonly label: string }[];
  /** Valid events in chronological order (compareEvents): by the latest instant, then the earliest. */
  readonly events: readonly TimelineEvent[];
  readonly skipped: readonly SkippedEvent[];
  readonly article: ArticleState;
}

/**
 * The article the quotes point into, or why it could not be had. Without it the timeline is
 * still drawn and every quote is shown as the dataset gives it: its offsets are simply unchecked.
 */
export type ArticleState =
  | { readonly status: 'loaded'; readonly text: string }
  | {
      readonly status: 'unavailable';
      readonly url: string;
      /** One sentence that names the file and what went wrong. */
      readonly reason: string;
    };
