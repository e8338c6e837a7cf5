import { describe, expect, it } from 'vitest';
import { encodeFragmentPart, sourceLinkToQuote, textDirective } from './text-fragment';

const anchor = (exact: string, prefix: string | null = null, suffix: string | null = null) => ({
  exact,
  prefix,
  suffix,
});

describe('text fragments', () => {
  it('encodeFragmentPart encodes the directive separators -, comma and & inside a part', () => {
    expect(encodeFragmentPart('a-b, c & d')).toBe('a%2Db%2C%20c%20%26%20d');
  });

  it('encodeFragmentPart folds whitespace runs and line breaks to one space', () => {
    expect(encodeFragmentPart('  twelve\n  servicemen\t')).toBe('twelve%20servicemen');
  });

  it('textDirective gives prefix-,exact,-suffix', () => {
    expect(
      textDirective(
        anchor(
          'Twelve servicemen of Arland were released on humanitarian grounds.',
          '20 May 2019.',
          'The Ministry',
        ),
      ),
    ).toBe(
      ':~:text=20%20May%202019.-,Twelve%20servicemen%20of%20Arland%20were%20released%20on%20humanitarian%20grounds.,-The%20Ministry',
    );
  });

  it('textDirective leaves out a prefix or suffix the quote does not give', () => {
    expect(textDirective(anchor('the 20'))).toBe(':~:text=the%2020');
    expect(textDirective(anchor('the 20', null, 'were'))).toBe(':~:text=the%2020,-were');
    expect(textDirective(anchor('the 20', '  ', null))).toBe(':~:text=the%2020');
  });

  it('textDirective matches a long quote by its first and last five words', () => {
    const long = 'one two three four five six seven eight nine ten eleven';
    expect(textDirective(anchor(long))).toBe(
      ':~:text=one%20two%20three%20four%20five,seven%20eight%20nine%20ten%20eleven',
    );
    // Ten words is not yet long.
    expect(textDirective(anchor('a b c d e f g h i j'))).toBe(
      ':~:text=a%20b%20c%20d%20e%20f%20g%20h%20i%20j',
    );
  });

  it('sourceLinkToQuote appends the directive to an http(s) address', () => {
    expect(
      sourceLinkToQuote('https://example.org/belmark/statement-2019-05-20', anchor('the 20')),
    ).toBe('https://example.org/belmark/statement-2019-05-20#:~:text=the%2020');
    expect(sourceLinkToQuote('http://example.org/a?x=1&y=2', anchor('x'))).toBe(
      'http://example.org/a?x=1&y=2#:~:text=x',
    );
  });

  it("sourceLinkToQuote keeps the page's own fragment before the directive", () => {
    expect(sourceLinkToQuote('https://example.org/a#part-2', anchor('x'))).toBe(
      'https://example.org/a#part-2:~:text=x',
    );
    expect(sourceLinkToQuote('https://example.org/a#', anchor('x'))).toBe(
      'https://example.org/a#:~:text=x',
    );
  });

  it('sourceLinkToQuote refuses anything but an absolute http(s) address', () => {
    expect(sourceLinkToQuote('javascript:alert(1)', anchor('x'))).toBeNull();
    expect(sourceLinkToQuote('data:text/html,<b>x</b>', anchor('x'))).toBeNull();
    expect(sourceLinkToQuote('/relative/page', anchor('x'))).toBeNull();
    expect(sourceLinkToQuote('not a url', anchor('x'))).toBeNull();
  });
});
