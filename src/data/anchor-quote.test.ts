import { describe, expect, it } from 'vitest';
import { anchorQuote, foldSpace, indexText, locateQuote, sliceText } from './anchor-quote';
import { parseDataset } from './parse-dataset';

const PLAIN = indexText('Alpha beta gamma.');
/** Two spaces, a newline and a no-break space between the words. */
const SPACED = indexText('The  soldiers\nwere\u00A0freed.');
const REPEATED = indexText('He said yes. She said yes. They said no.');
/** An astral character (two UTF-16 units) counts as one character. */
const ASTRAL = indexText('😀 Hostages 😀 freed');

describe('locateQuote at offsets', () => {
  it('offsets that hold: found there', () => {
    expect(locateQuote(PLAIN, { exact: 'beta', start: 6, end: 10 })).toStrictEqual({
      ok: true,
      start: 6,
      end: 10,
    });
  });

  it('offsets off by one: not found there, and where the words do stand', () => {
    expect(locateQuote(PLAIN, { exact: 'beta', start: 5, end: 9 })).toStrictEqual({
      ok: false,
      field: 'exact',
      problem: 'not found verbatim at characters 5–9; the text stands at 6',
    });
  });

  it('words that stand nowhere: said so', () => {
    expect(locateQuote(PLAIN, { exact: 'delta', start: 0, end: 5 })).toStrictEqual({
      ok: false,
      field: 'exact',
      problem:
        'not found verbatim at characters 0–5, and the text does not occur anywhere in the source text',
    });
  });

  it('an end past the text: names the end and the length', () => {
    expect(locateQuote(PLAIN, { exact: 'gamma.!', start: 11, end: 18 })).toStrictEqual({
      ok: false,
      field: 'end',
      problem: '18 is past the end of the source text (17 characters)',
    });
  });

  it('format 1 names the text "article"', () => {
    expect(locateQuote(PLAIN, { exact: 'gamma.!', start: 11, end: 18 }, 'article')).toStrictEqual({
      ok: false,
      field: 'end',
      problem: '18 is past the end of the article (17 characters)',
    });
  });

  it('offsets are code points: after an astral character, "freed" is 13–18', () => {
    expect(ASTRAL.length).toBe(18);
    expect(ASTRAL.text.length).toBe(20);
    expect(sliceText(ASTRAL, 13, 18)).toBe('freed');
    expect(locateQuote(ASTRAL, { exact: 'freed', start: 13, end: 18 })).toStrictEqual({
      ok: true,
      start: 13,
      end: 18,
    });
    // UTF-16 indices are two further on, and wrong.
    expect(locateQuote(ASTRAL, { exact: 'freed', start: 15, end: 20 })).toStrictEqual({
      ok: false,
      field: 'end',
      problem: '20 is past the end of the source text (18 characters)',
    });
  });

  it('a prefix that does not stand before the quote at its offsets is named', () => {
    expect(
      locateQuote(REPEATED, { exact: 'said yes', prefix: 'They', start: 17, end: 25 }),
    ).toStrictEqual({
      ok: false,
      field: 'prefix',
      problem: 'does not stand just before the quote at character 17',
    });
    expect(
      locateQuote(REPEATED, { exact: 'said yes', suffix: 'They', start: 3, end: 11 }),
    ).toStrictEqual({
      ok: false,
      field: 'suffix',
      problem: 'does not stand just after the quote at character 11',
    });
  });
});

describe('locateQuote by its words', () => {
  it('whitespace folded: spaces, a newline and a no-break space match single spaces', () => {
    expect(foldSpace('a  b\n\u00A0c')).toBe('a b c');
    expect(locateQuote(SPACED, { exact: 'soldiers were freed' })).toStrictEqual({
      ok: true,
      start: 5,
      end: 24,
    });
    expect(locateQuote(SPACED, { exact: 'The soldiers' })).toStrictEqual({
      ok: true,
      start: 0,
      end: 13,
    });
  });

  it('words found after an astral character are placed in code points', () => {
    expect(locateQuote(ASTRAL, { exact: 'freed' })).toStrictEqual({ ok: true, start: 13, end: 18 });
    expect(locateQuote(ASTRAL, { exact: '😀 freed' })).toStrictEqual({
      ok: true,
      start: 11,
      end: 18,
    });
  });

  it('words not in the text', () => {
    expect(locateQuote(SPACED, { exact: 'soldiers freed' })).toStrictEqual({
      ok: false,
      field: 'exact',
      problem: 'not found in the source text (whitespace folded)',
    });
  });

  it('a repeated passage needs a prefix or suffix, and the message lists the places', () => {
    expect(locateQuote(REPEATED, { exact: 'said yes' })).toStrictEqual({
      ok: false,
      field: 'exact',
      problem:
        'found twice in the source text (at characters 3, 17); add a prefix or suffix to say which',
    });
  });

  it('a prefix or a suffix tells the places apart', () => {
    expect(locateQuote(REPEATED, { exact: 'said yes', prefix: 'She ' })).toStrictEqual({
      ok: true,
      start: 17,
      end: 25,
    });
    expect(locateQuote(REPEATED, { exact: 'said yes', suffix: '. She' })).toStrictEqual({
      ok: true,
      start: 3,
      end: 11,
    });
  });

  it('a prefix found beside none of the places', () => {
    expect(locateQuote(REPEATED, { exact: 'said yes', prefix: 'They' })).toStrictEqual({
      ok: false,
      field: 'exact',
      problem: 'found twice in the source text, but never with the given prefix and suffix',
    });
  });

  it('more than five places: the first five, then "…"', () => {
    const text = indexText('ab '.repeat(7));
    expect(locateQuote(text, { exact: 'ab' })).toStrictEqual({
      ok: false,
      field: 'exact',
      problem:
        'found 7 times in the source text (at characters 0, 3, 6, 9, 12, …); add a prefix or suffix to say which',
    });
  });
});

describe('anchorQuote', () => {
  it('a unique quote: offsets and the words as the text has them, no prefix or suffix', () => {
    expect(anchorQuote(SPACED, { exact: 'soldiers were freed' })).toStrictEqual({
      ok: true,
      exact: 'soldiers\nwere\u00A0freed',
      start: 5,
      end: 24,
    });
  });

  it('a repeated quote: the prefix and suffix around the chosen place', () => {
    expect(anchorQuote(REPEATED, { exact: 'said yes', prefix: 'She' })).toStrictEqual({
      ok: true,
      exact: 'said yes',
      start: 17,
      end: 25,
      prefix: 'He said yes. She ',
      suffix: '. They said no.',
    });
  });

  it('a repeated quote at the very start: no empty prefix is written', () => {
    const text = indexText('yes and yes');
    expect(anchorQuote(text, { exact: 'yes', suffix: 'and' })).toStrictEqual({
      ok: true,
      exact: 'yes',
      start: 0,
      end: 3,
      suffix: ' and yes',
    });
  });

  it('a quote it cannot place: the reason, as locateQuote gives it', () => {
    expect(anchorQuote(REPEATED, { exact: 'said yes' })).toStrictEqual({
      ok: false,
      field: 'exact',
      problem:
        'found twice in the source text (at characters 3, 17); add a prefix or suffix to say which',
    });
  });
});

describe('a text with Windows line ends', () => {
  const text = indexText('He said\r\nthe 64 men\r\nwere held.');

  it('reads CRLF as "\\n", so a quote across a line end carries no carriage return', () => {
    const anchored = anchorQuote(text, { exact: 'said the 64' });
    expect(anchored).toStrictEqual({ ok: true, exact: 'said\nthe 64', start: 3, end: 14 });
  });

  it('the loader counts the same text: the anchored quote loads, unchanged', () => {
    const outcome = parseDataset(
      {
        format: 2,
        title: 'T',
        derived: '2026-11-29',
        sources: [
          { id: 's', title: 'T', publisher: 'P', published: '2019', type: 'other', text: 't.txt' },
        ],
        attributions: [{ id: 'a', label: 'A' }],
        events: [
          {
            id: 'e',
            kind: 'statement',
            date: '2019',
            title: 'T',
            summary: 'S',
            claims: [
              {
                source: 's',
                attribution: 'a',
                quote: { exact: 'said\nthe 64', start: 3, end: 14 },
              },
            ],
          },
        ],
      },
      new Map([['s', { status: 'loaded', text: 'He said\r\nthe 64 men\r\nwere held.' }]]),
    );
    expect(outcome.ok && outcome.dataset.skipped).toStrictEqual([]);
    expect(outcome.ok && outcome.dataset.sources[0]?.text).toStrictEqual({
      status: 'loaded',
      text: 'He said\nthe 64 men\nwere held.',
    });
  });
});
