/**
 * The data format's atoms that are not zod: limits, patterns and counting. The zod schemas
 * (dataset-schema.ts, format2-schema.ts) and the fast checkers (fast-*.ts) both read them from
 * here, so the two cannot disagree on a limit, and the fast path never loads zod.
 */

/** Generous caps that keep a hostile file from costing megabytes per field. */
export const LIMITS = { id: 120, title: 300, text: 4000, quote: 4000, notes: 20 } as const;

/** At most this many events are read from one file (the scale issue targets 100,000). */
export const MAX_EVENTS = 200_000;
export const MAX_SOURCES = 1000;
export const MAX_COHORTS = 1000;

/** Something a reader can see: not only spaces, zero-width or other invisible characters. */
export const VISIBLE = /[^\s\u200B-\u200F\u2060-\u2064\uFEFF\u00AD]/u;

/**
 * No C0 or C1 control character but tab and newline: none is text a reader can see, and XML (the
 * SVG export) cannot hold most of them, so one would break the export after passing here.
 * A pattern, so that the published JSON Schema carries the rule too.
 */
export const NO_CONTROL = /^(?:[\t\n]|\P{Cc})*$/u;

/** BCP 47, as far as a pattern can say; `Intl` then says whether it is a real tag. */
export const LANGUAGE = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * Counting is code points, as in W3C Web Annotation's TextPositionSelector: a surrogate pair is
 * one, a lone surrogate is one (as `Array.from(text).length` counts, without its array).
 */
export function codePointLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}
