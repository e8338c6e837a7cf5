/**
 * One bad input: the file it is, how it is built from the real data, and what the app must show
 * for it. The fixture writer (scripts/make-bad-fixtures.ts) and the spec (e2e/bad-data.spec.ts)
 * both read these, so a case and its expectation cannot drift apart.
 */
import { idOf, ids } from './base';

/** A skipped event as the skipped-events list names it. */
export interface Skip {
  readonly index: number;
  readonly id: string | null;
  /** Every problem listed for the event, in order; a RegExp where the text is long. */
  readonly problems: readonly (string | RegExp)[];
}

export type Outcome =
  /** Nothing can be drawn: the error state's sentence (after the file's URL) and its list. */
  | { readonly stops: string | RegExp; readonly details?: readonly string[] }
  /**
   * The events listed are skipped and named; the others are drawn. `draws` only where that is
   * not simply every real event but the skipped ones.
   */
  | { readonly skips: readonly Skip[]; readonly draws?: readonly string[] };

export interface BadCase {
  /** The file name under e2e/fixtures/bad/. */
  readonly name: string;
  /** What it breaks, in a few words: the test's title. */
  readonly breaks: string;
  readonly build: () => string;
  /** Absent when a table row cannot say it: the case has its own test in the spec. */
  readonly expect?: Outcome;
}

/** Event `index` of the real data, skipped for these problems. */
export function skip(index: number, ...problems: readonly (string | RegExp)[]): Skip {
  return { index, id: idOf(index), problems };
}

/** The real ids that stay drawn when the `skips` are skipped. */
export function drawnAfter(skips: readonly Skip[]): readonly string[] {
  return ids.filter((_, i) => !skips.some((s) => s.index === i));
}

/** Messages the app repeats for many fields. */
export const EDTF_HINT =
  'is not a valid EDTF date; use e.g. "2020-12", "2023-12-08", "2020-12?", "2020-12/2023-12" or "../2023-12-08"';
export const KIND_OPTIONS =
  'Invalid option: expected one of "capture"|"sentence"|"release"|"status"|"statement"';
export const SLUG = 'must be a lowercase slug such as "release-32-servicemen"';
export const YEARS = 'lies outside the years 0–9999 that a timeline can draw';
export const NO_SUCH_DAY = 'names a day that does not exist';
