import { describe, expect, it } from 'vitest';
import { splitAtQuote } from './split-at-quote';

describe('splitAtQuote', () => {
  it("splitAtQuote('hello world', 6, 11) splits before the quote and leaves an empty tail", () => {
    expect(splitAtQuote('hello world', 6, 11)).toStrictEqual(['hello ', 'world', '']);
  });

  it("splitAtQuote('hello world', 0, 5) has an empty head", () => {
    expect(splitAtQuote('hello world', 0, 5)).toStrictEqual(['', 'hello', ' world']);
  });

  it("splitAtQuote('abc', 0, 0) quotes nothing", () => {
    expect(splitAtQuote('abc', 0, 0)).toStrictEqual(['', '', 'abc']);
  });

  it("splitAtQuote('abc', 2, 10) clamps an end past the text", () => {
    expect(splitAtQuote('abc', 2, 10)).toStrictEqual(['ab', 'c', '']);
  });

  it("splitAtQuote('a😀bc😀d', 1, 4) counts the emoji as one character", () => {
    // In UTF-16 units the quote would be '\uD83D\uDE00b' cut mid-pair; in code points it is '😀bc'.
    expect(splitAtQuote('a😀bc😀d', 1, 4)).toStrictEqual(['a', '😀bc', '😀d']);
  });

  it("splitAtQuote('😀 hello', 2, 7) finds 'hello' after an astral character", () => {
    expect(splitAtQuote('😀 hello', 2, 7)).toStrictEqual(['😀 ', 'hello', '']);
  });

  it('splitAtQuote parts always join back to the article', () => {
    const article = 'Azerbaijan 😀 releases 32 Armenian servicemen.';
    const [head, quote, tail] = splitAtQuote(article, 13, 21);
    expect(quote).toBe('releases');
    expect(head + quote + tail).toBe(article);
  });
});
