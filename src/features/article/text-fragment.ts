import type { QuoteAnchor } from '../../domain/types';

/**
 * A link into a source the dataset cites but does not store, scrolled to the quote by a URL Text
 * Fragment (https://wicg.github.io/scroll-to-text-fragment/): `#:~:text=prefix-,exact,-suffix`.
 * Browsers without the feature open the page at its top, which is still the right page.
 */

/** Quotes longer than this are matched by their first and last words, as browsers link them. */
export const LONG_QUOTE_WORDS = 10;
/** Words kept at each end of a long quote (`textStart,textEnd`). */
export const EDGE_WORDS = 5;

/** Runs of whitespace as one space: a fragment matches words, and a source's line breaks vary. */
function foldSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * One part of the directive, percent-encoded. `-`, `,` and `&` separate parts of the directive,
 * so they are encoded inside a part; `encodeURIComponent` leaves `-` alone, so it is done here.
 */
export function encodeFragmentPart(text: string): string {
  return encodeURIComponent(foldSpace(text)).replace(/-/g, '%2D');
}

/** `:~:text=…` for a quote: prefix and suffix when given, a long quote by its two ends. */
export function textDirective(quote: Pick<QuoteAnchor, 'exact' | 'prefix' | 'suffix'>): string {
  const words = foldSpace(quote.exact).split(' ');
  const target =
    words.length > LONG_QUOTE_WORDS
      ? `${encodeFragmentPart(words.slice(0, EDGE_WORDS).join(' '))},${encodeFragmentPart(words.slice(-EDGE_WORDS).join(' '))}`
      : encodeFragmentPart(quote.exact);
  const prefix =
    quote.prefix && foldSpace(quote.prefix) ? `${encodeFragmentPart(quote.prefix)}-,` : '';
  const suffix =
    quote.suffix && foldSpace(quote.suffix) ? `,-${encodeFragmentPart(quote.suffix)}` : '';
  return `:~:text=${prefix}${target}${suffix}`;
}

/**
 * The source's address with the quote's text fragment, or null when the address is not an
 * absolute http(s) URL: a link the app draws never runs script or leaves the web.
 */
export function sourceLinkToQuote(
  url: string,
  quote: Pick<QuoteAnchor, 'exact' | 'prefix' | 'suffix'>,
): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // A directive follows the page's own fragment, if it has one: `#section:~:text=…`.
  const fragment = parsed.hash.replace(/^#/, '');
  parsed.hash = '';
  const base = parsed.href.replace(/#$/, '');
  return `${base}#${fragment}${textDirective(quote)}`;
}
