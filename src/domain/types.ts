import type { EventKind, Qualifier, SourceType } from './kinds';
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

/**
 * Where a claim's words stand, as W3C Web Annotation anchors a quote: by its text (`exact`, with
 * a few words either side when the text alone is not unique), positions being a refinement.
 */
export interface QuoteAnchor {
  readonly exact: string;
  readonly prefix: string | null;
  readonly suffix: string | null;
  /**
   * Code-point offsets into the source's stored text (`end` exclusive), as located at load. Null
   * when the source is cited, not stored, or its text could not be had and the file gave none.
   */
  readonly start: number | null;
  readonly end: number | null;
}

/** One source's words for one event: who says it, where, and what it says when that differs. */
export interface Claim {
  /** The claim's id in the file, when it has one (a cohort link may name it). */
  readonly id: string | null;
  readonly sourceId: string;
  readonly attributionId: string;
  readonly attributionLabel: string;
  readonly quote: QuoteAnchor;
  /** What this source says of the people; null when it says what the event's reading says. */
  readonly people: People | null;
  /** When this source says it happened; null when it gives the event's own window. */
  readonly window: TimeWindow | null;
}

/**
 * What the claims of a count dispute allow between them: from the lowest figure any of them
 * allows to the highest any of them states, and whether one of them sets no upper limit ("at
 * least 50", "some") — so "at least 50" against "20" reads "20–50 or more", never "20–50".
 */
export interface CountRange {
  readonly low: number;
  readonly high: number;
  readonly openHigh: boolean;
}

/**
 * Derived, never typed: the claims cannot all be true. A count dispute keeps the range the
 * claims allow; the event's own `people` is the analyst's reading.
 */
export interface Dispute {
  readonly count: CountRange | null;
  readonly date: boolean;
}

/** One event after validation and normalisation: what every feature works with. */
export interface TimelineEvent {
  readonly id: string;
  readonly kind: EventKind;
  /** The window all its claims allow. */
  readonly window: TimeWindow;
  readonly title: string;
  readonly summary: string;
  /** The analyst's reading of the people concerned. */
  readonly people: People | null;
  readonly sentenceLength: QualifiedCount | null;
  readonly place: string | null;
  /** At least one, in file order. */
  readonly claims: readonly Claim[];
  readonly notes: readonly string[];
  /** Derived: how many distinct sources its claims cite. */
  readonly sourceCount: number;
  /** Derived: null when the claims agree. */
  readonly dispute: Dispute | null;
  /** Derived: the cohorts that list this event, in file order. */
  readonly cohortIds: readonly string[];
  /** The dataset marks it as one of the few facts stated above the chart. */
  readonly key: boolean;
}

/** A source's stored full text, why it could not be had, or that the dataset only cites it. */
export type SourceText =
  | { readonly status: 'loaded'; readonly text: string }
  | {
      readonly status: 'unavailable';
      readonly url: string;
      /** One sentence that names the file and what went wrong. */
      readonly reason: string;
    }
  | { readonly status: 'not-stored' };

export interface SourceInfo {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly section: string | null;
  /** EDTF, as the file gives it ("2023-12-08", "2023-12"). */
  readonly published: string;
  readonly publishedWindow: TimeWindow;
  readonly url: string | null;
  /** BCP 47 tag, when given. */
  readonly language: string | null;
  readonly type: SourceType;
  readonly text: SourceText;
}

/** A link between two events of a cohort, and on what it rests. */
export interface CohortLink {
  readonly from: string;
  readonly to: string;
  /** "quote": a source says so (`claim` names where); "inference": the analyst's reading. */
  readonly basis: 'quote' | 'inference';
  readonly note: string;
  /** The claim that says so, for a "quote" link. */
  readonly claim: { readonly eventId: string; readonly index: number } | null;
}

/** A group of people followed across events, in the order the dataset gives. */
export interface Cohort {
  readonly id: string;
  readonly label: string;
  readonly people: QualifiedCount | null;
  /** Event ids in order; an id whose event was skipped stays listed (it is in `skipped`). */
  readonly events: readonly string[];
  readonly links: readonly CohortLink[];
  readonly notes: readonly string[];
  /** The dataset marks its count as one of the few facts stated above the chart. */
  readonly key: boolean;
}

/** A record (an event or a cohort) the loader could not use, with every reason a reader can act on. */
export interface SkippedEvent {
  /** Which array of the file it stands in. */
  readonly collection: 'events' | 'cohorts';
  /** Position in that array, from 0. */
  readonly index: number;
  /** Its `id` when it has a readable one. */
  readonly id: string | null;
  /** Each problem as "field: what is wrong", e.g. `date: "2020-13" is not a valid EDTF date…`. */
  readonly problems: readonly string[];
}

export interface Dataset {
  /** The format the file was written in: format 1 is upgraded on load. */
  readonly format: 1 | 2;
  readonly title: string;
  /** The news in one neutral sentence, when the dataset gives one. */
  readonly headline: string | null;
  /** Day the dataset was derived, YYYY-MM-DD. */
  readonly derived: string;
  readonly sources: readonly SourceInfo[];
  readonly attributions: readonly { readonly id: string; readonly label: string }[];
  /** Valid events in chronological order (compareEvents): by the latest instant, then the earliest. */
  readonly events: readonly TimelineEvent[];
  readonly cohorts: readonly Cohort[];
  readonly skipped: readonly SkippedEvent[];
}
