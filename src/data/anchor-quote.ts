import { codePointLength } from './format-rules';

/**
 * Finding a quote in a source's stored text, the way W3C Web Annotation anchors one: by its
 * offsets when the file gives them (they must hold exactly), else by its words, with whitespace
 * folded (runs of spaces, newlines and no-break spaces count as one space) and `prefix`/`suffix`
 * to tell repeated passages apart. The loader checks with it; `npm run data:anchor` writes the
 * offsets it finds, so nobody types one.
 */

/** A stored text, indexed once for every quote checked against it. */
export interface IndexedText {
  readonly text: string;
  /** Its length in code points. */
  readonly length: number;
  /** Code-point offset → UTF-16 index; null when the two are the same (no astral character). */
  readonly index: Int32Array | null;
  /** Built on first use: most texts are only ever checked at their offsets. */
  folded: FoldedText | null;
}

interface FoldedText {
  readonly text: string;
  /** Folded UTF-16 index → code-point offset in the original; one entry past the end. */
  readonly origin: Int32Array;
}

/**
 * Line ends as "\n": a text saved with Windows (CRLF) or old Mac (CR) line ends reads as the
 * same text, and a quote cut from it never carries a carriage return (which the format refuses
 * as a control character). Offsets count the text as read here, by the loader and the tooling
 * alike.
 */
export function normalizeLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** `text` indexed for quotes; its line ends are read as "\n" (normalizeLineEnds). */
export function indexText(raw: string): IndexedText {
  const text = normalizeLineEnds(raw);
  let index: Int32Array | null = null;
  if (/[\uD800-\uDFFF]/.test(text)) {
    index = new Int32Array(codePointLength(text) + 1);
    let cp = 0;
    for (const char of text) {
      index[cp + 1] = (index[cp] ?? 0) + char.length;
      cp++;
    }
  }
  return { text, length: index ? index.length - 1 : text.length, index, folded: null };
}

/** Code points `start`–`end` (0 ≤ start ≤ end ≤ length). */
export function sliceText(text: IndexedText, start: number, end: number): string {
  if (!text.index) return text.text.slice(start, end);
  return text.text.slice(text.index[start], text.index[end]);
}

const SPACE_RUN = /\s+/gu;

/** Whitespace folded: every run of white space (NBSP included) is one ordinary space. */
export function foldSpace(text: string): string {
  return text.replace(SPACE_RUN, ' ');
}

function folded(source: IndexedText): FoldedText {
  if (source.folded) return source.folded;
  const parts: string[] = [];
  const origin: number[] = [];
  let cp = 0;
  let inSpace = false;
  for (const char of source.text) {
    const space = /\s/u.test(char);
    if (!(space && inSpace)) {
      const out = space ? ' ' : char;
      parts.push(out);
      for (let i = 0; i < out.length; i++) origin.push(cp);
    }
    inSpace = space;
    cp++;
  }
  origin.push(cp);
  source.folded = { text: parts.join(''), origin: Int32Array.from(origin) };
  return source.folded;
}

export interface QuoteToFind {
  readonly exact: string;
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
  readonly start?: number | undefined;
  readonly end?: number | undefined;
}

/** Where the quote stands (code points), or what is wrong, worded for a reader of the file. */
export type Located =
  | { readonly ok: true; readonly start: number; readonly end: number }
  | {
      readonly ok: false;
      readonly field: 'exact' | 'end' | 'prefix' | 'suffix';
      readonly problem: string;
    };

/**
 * How far either side of a wrong quote's offsets its words are looked for, to say where they do
 * stand. A bounded window, not the whole text: a wrong quote then costs its own length and this
 * reach, so thousands of them against a long text stay cheap.
 */
export const HINT_REACH = 10_000;

/** `noun` names the text in messages: format 1's "article", format 2's "source text". */
export function locateQuote(
  source: IndexedText,
  quote: QuoteToFind,
  noun = 'source text',
): Located {
  if (quote.start !== undefined && quote.end !== undefined)
    return atOffsets(source, quote, quote.start, quote.end, noun);
  return byWords(source, quote, noun);
}

function atOffsets(
  source: IndexedText,
  quote: QuoteToFind,
  start: number,
  end: number,
  noun: string,
): Located {
  if (end > source.length) {
    return {
      ok: false,
      field: 'end',
      problem: `${end} is past the end of the ${noun} (${source.length} characters)`,
    };
  }
  if (sliceText(source, start, end) !== quote.exact) {
    return {
      ok: false,
      field: 'exact',
      problem: `not found verbatim at characters ${start}–${end}${whereInstead(source, quote.exact, start, end, noun)}`,
    };
  }
  const context = checkContext(source, quote, start, end);
  return context ?? { ok: true, start, end };
}

/** A given prefix or suffix must stand beside the quote (whitespace folded, edges trimmed). */
function checkContext(
  source: IndexedText,
  quote: QuoteToFind,
  start: number,
  end: number,
): Located | null {
  if (quote.prefix !== undefined) {
    const want = foldSpace(quote.prefix).trim();
    const before = foldSpace(
      sliceText(source, Math.max(0, start - quote.prefix.length - 64), start),
    ).trimEnd();
    if (!before.endsWith(want)) {
      return {
        ok: false,
        field: 'prefix',
        problem: `does not stand just before the quote at character ${start}`,
      };
    }
  }
  if (quote.suffix !== undefined) {
    const want = foldSpace(quote.suffix).trim();
    const after = foldSpace(
      sliceText(source, end, Math.min(source.length, end + quote.suffix.length + 64)),
    ).trimStart();
    if (!after.startsWith(want)) {
      return {
        ok: false,
        field: 'suffix',
        problem: `does not stand just after the quote at character ${end}`,
      };
    }
  }
  return null;
}

/** Where the words stand near wrong offsets, for the message that reports them misplaced. */
function whereInstead(
  source: IndexedText,
  exact: string,
  start: number,
  end: number,
  noun: string,
): string {
  const from = Math.max(0, start - HINT_REACH);
  const to = Math.min(source.length, end + HINT_REACH);
  const near = sliceText(source, from, to);
  const at = near.indexOf(exact);
  if (at >= 0) return `; the text stands at ${from + codePointLength(near.slice(0, at))}`;
  return from === 0 && to === source.length
    ? `, and the text does not occur anywhere in the ${noun}`
    : `, and the text does not occur within ${HINT_REACH.toLocaleString('en')} characters of there`;
}

/** At most this many places are reported for a quote found more than once. */
const MAX_PLACES = 5;

function byWords(source: IndexedText, quote: QuoteToFind, noun = 'source text'): Located {
  const fold = folded(source);
  const needle = foldSpace(quote.exact);
  const found: { start: number; end: number }[] = [];
  let everywhere = 0;
  for (let at = fold.text.indexOf(needle); at >= 0; at = fold.text.indexOf(needle, at + 1)) {
    everywhere++;
    const start = fold.origin[at] ?? 0;
    const end = fold.origin[at + needle.length] ?? source.length;
    if (checkContext(source, quote, start, end) === null) found.push({ start, end });
  }
  const [only, second] = found;
  if (only && !second) return { ok: true, start: only.start, end: only.end };
  if (everywhere === 0) {
    return {
      ok: false,
      field: 'exact',
      problem: `not found in the ${noun} (whitespace folded)`,
    };
  }
  if (found.length === 0) {
    return {
      ok: false,
      field: 'exact',
      problem: `found ${times(everywhere)} in the ${noun}, but never with the given prefix and suffix`,
    };
  }
  const places = found
    .slice(0, MAX_PLACES)
    .map((f) => f.start)
    .join(', ');
  return {
    ok: false,
    field: 'exact',
    problem: `found ${times(found.length)} in the ${noun} (at characters ${places}${found.length > MAX_PLACES ? ', …' : ''}); add a prefix or suffix to say which`,
  };
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** Words either side written by the tooling when a quote's words alone are not unique. */
const CONTEXT_LENGTH = 32;

/**
 * The anchor the tooling writes for a quote: the offsets, the exact words as they stand (so the
 * offsets hold exactly), and a prefix and suffix only where the words occur more than once.
 */
export function anchorQuote(
  source: IndexedText,
  quote: QuoteToFind,
):
  | { ok: true; exact: string; start: number; end: number; prefix?: string; suffix?: string }
  | Extract<Located, { ok: false }> {
  const located = byWords(source, {
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
  });
  if (!located.ok) return located;
  const { start, end } = located;
  const exact = sliceText(source, start, end);
  const unique = byWords(source, { exact }).ok;
  if (unique) return { ok: true, exact, start, end };
  const prefix = sliceText(source, Math.max(0, start - CONTEXT_LENGTH), start);
  const suffix = sliceText(source, end, Math.min(source.length, end + CONTEXT_LENGTH));
  return {
    ok: true,
    exact,
    start,
    end,
    ...(prefix.trim() ? { prefix } : {}),
    ...(suffix.trim() ? { suffix } : {}),
  };
}
