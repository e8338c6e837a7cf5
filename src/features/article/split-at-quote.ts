/**
 * UTF-16 indexes of code-point offsets (ascending, as the data gives them) in `text`, each
 * clamped to its end. One walk from the start, no array of characters: a 20 MB article costs a
 * loop, not millions of strings. A lone surrogate counts as one character, as `Array.from` does.
 */
export function utf16Indexes(text: string, offsets: readonly number[]): number[] {
  if (!/[\uD800-\uDFFF]/.test(text)) return offsets.map((cp) => Math.min(cp, text.length));
  const found: number[] = [];
  let unit = 0;
  let cp = 0;
  for (const target of offsets) {
    while (cp < target && unit < text.length) {
      const code = text.charCodeAt(unit);
      const next = text.charCodeAt(unit + 1);
      const pair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      unit += pair ? 2 : 1;
      cp++;
    }
    found.push(unit);
  }
  return found;
}

/** The text's length in code points, counted without splitting it into characters. */
export function codePointCount(text: string): number {
  if (!/[\uD800-\uDFFF]/.test(text)) return text.length;
  const pairs = text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g);
  return text.length - (pairs ? pairs.length : 0);
}

/** The article in three parts around a quote, by code-point offsets (as the data gives them). */
export function splitAtQuote(
  article: string,
  start: number,
  end: number,
): [string, string, string] {
  const [from = 0, to = 0] = utf16Indexes(article, [start, end]);
  return [article.slice(0, from), article.slice(from, to), article.slice(to)];
}

/** A window of the article around a quote, and how much of the article lies outside it. */
export interface ArticleExcerpt {
  readonly before: string;
  readonly quote: string;
  readonly after: string;
  /** Characters (code points) of the article left out before `before`. */
  readonly hiddenBefore: number;
  /** Characters (code points) of the article left out after `after`. */
  readonly hiddenAfter: number;
}

/**
 * The quote with up to `reachBefore` characters before it and `reachAfter` after it: what the
 * article dialog renders, so a long article costs the window, not the whole text, in the page.
 */
export function excerptAround(
  article: string,
  start: number,
  end: number,
  reachBefore: number,
  reachAfter: number,
): ArticleExcerpt {
  const from = Math.max(0, start - reachBefore);
  const [a = 0, b = 0, c = 0, d = 0] = utf16Indexes(article, [from, start, end, end + reachAfter]);
  const total = codePointCount(article);
  return {
    before: article.slice(a, b),
    quote: article.slice(b, c),
    after: article.slice(c, d),
    hiddenBefore: Math.min(from, total),
    hiddenAfter: Math.max(0, total - (end + reachAfter)),
  };
}
