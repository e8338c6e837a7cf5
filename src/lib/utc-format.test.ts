import { utcFormat as d3UtcFormat } from 'd3-time-format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcFormat } from './utc-format';

/** Every specifier the app formats with. */
const SPECIFIERS = [
  '%Y',
  '%B %Y',
  '%b %Y',
  '%-d %B %Y',
  '%-d %b %Y',
  '%-d %B %Y, %H:%M UTC',
  '%-d %b %Y %H:%M',
  '%Y-%m-%d',
  '.%L',
  ':%S',
  '%I:%M',
  '%I %p',
  '%a %d',
  '%b %d',
  '%B',
];

describe('utcFormat', () => {
  it("writes what d3-time-format's utcFormat writes, for every specifier the app uses", () => {
    const formats = SPECIFIERS.map((s) => [utcFormat(s), d3UtcFormat(s)] as const);
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
        const date = new Date(ms);
        for (const [ours, d3s] of formats) expect(ours(date)).toBe(d3s(date));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes 8 March 2021 as the details panel does', () => {
    const date = new Date(Date.UTC(2021, 2, 8, 15, 4));
    expect(utcFormat('%-d %B %Y, %H:%M UTC')(date)).toBe('8 March 2021, 15:04 UTC');
    expect(utcFormat('%I %p')(date)).toBe('03 PM');
  });

  it('refuses a directive it does not know, naming it', () => {
    expect(() => utcFormat('%j')).toThrow('%j is not supported');
  });
});
