import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from './search';

describe('foldText', () => {
  const slowFold = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/\s+/g, ' ')
      .toLowerCase();

  it('foldText takes its ASCII shortcut without changing any result', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (text) => {
          expect(foldText(text)).toBe(slowFold(text));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("foldText('  Élise\\u00a0in\\tHADRUT ') is ' elise in hadrut '", () => {
    expect(foldText('  Élise\u00a0in\tHADRUT ')).toBe(' elise in hadrut ');
  });
});
