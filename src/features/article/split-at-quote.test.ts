import { describe, expect, it } from 'vitest';
import { codePointCount, excerptAround, splitAtQuote, utf16Indexes } from './split-at-quote';

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

describe('utf16Indexes', () => {
  it("utf16Indexes('a😀b😀c', [0, 1, 2, 3, 4, 5, 9]) steps over each pair as one character", () => {
    expect(utf16Indexes('a😀b😀c', [0, 1, 2, 3, 4, 5, 9])).toStrictEqual([0, 1, 3, 4, 6, 7, 7]);
  });

  it('utf16Indexes counts a lone surrogate as one character, as Array.from does', () => {
    const text = 'a\uD800b\uDC00c';
    expect(utf16Indexes(text, [1, 2, 3, 4])).toStrictEqual([1, 2, 3, 4]);
    expect(Array.from(text)).toHaveLength(5);
  });

  it('utf16Indexes of a text without pairs is the offsets, clamped to the end', () => {
    expect(utf16Indexes('hello', [0, 2, 5, 8])).toStrictEqual([0, 2, 5, 5]);
  });
});

describe('codePointCount', () => {
  it.each([
    ['', 0],
    ['hello', 5],
    ['a😀b😀c', 5],
    ['\uD800x', 2],
  ])('codePointCount(%j) is %i, as Array.from counts', (text, count) => {
    expect(codePointCount(text)).toBe(count);
    expect(Array.from(text)).toHaveLength(count);
  });
});

describe('excerptAround', () => {
  const article = '0123456789ABCDEFGHIJ';

  it('excerptAround keeps the reach on each side and counts what it leaves out', () => {
    expect(excerptAround(article, 10, 12, 3, 4)).toStrictEqual({
      before: '789',
      quote: 'AB',
      after: 'CDEF',
      hiddenBefore: 7,
      hiddenAfter: 4,
    });
  });

  it('excerptAround near the edges leaves nothing out', () => {
    expect(excerptAround(article, 1, 3, 5, 50)).toStrictEqual({
      before: '0',
      quote: '12',
      after: '3456789ABCDEFGHIJ',
      hiddenBefore: 0,
      hiddenAfter: 0,
    });
  });

  it('excerptAround counts code points, not UTF-16 units, on both sides', () => {
    expect(excerptAround('😀😀😀ab😀😀😀', 3, 5, 2, 1)).toStrictEqual({
      before: '😀😀',
      quote: 'ab',
      after: '😀',
      hiddenBefore: 1,
      hiddenAfter: 2,
    });
  });

  it('excerptAround of a 20-million-character article holds only the window', () => {
    const long = `${'x'.repeat(10_000_000)}QUOTE${'y'.repeat(10_000_000)}`;
    const excerpt = excerptAround(long, 10_000_000, 10_000_005, 3, 2);
    expect(excerpt).toStrictEqual({
      before: 'xxx',
      quote: 'QUOTE',
      after: 'yy',
      hiddenBefore: 9_999_997,
      hiddenAfter: 9_999_998,
    });
  });
});
