import { describe, expect, it } from 'vitest';
import {
  analystReading,
  disputeSummary,
  disputedCountLabel,
  formatCountRange,
  sourceSays,
} from './dispute-wording';
import type { QualifiedCount } from './types';

const exact = (value: number): QualifiedCount => ({
  value,
  qualifier: 'exact',
  min: null,
  max: null,
});

describe('dispute wording', () => {
  it('formatCountRange gives the lowest and highest figure with an en dash', () => {
    expect(formatCountRange({ low: 12, high: 14, openHigh: false })).toBe('12–14');
    expect(formatCountRange({ low: 1200, high: 14000, openHigh: false })).toBe('1,200–14,000');
    expect(formatCountRange({ low: 20, high: 50, openHigh: true })).toBe('20–50 or more');
    expect(formatCountRange({ low: 0, high: 0, openHigh: true })).toBe('0 or more');
  });

  it('disputedCountLabel says the range and that sources disagree, never an average', () => {
    expect(disputedCountLabel({ low: 12, high: 14, openHigh: false })).toBe(
      '12–14 people, sources disagree',
    );
  });

  it('disputeSummary names what the sources disagree on', () => {
    expect(disputeSummary({ count: { low: 12, high: 14, openHigh: false }, date: false })).toBe(
      'Sources disagree: 12–14',
    );
    expect(disputeSummary({ count: null, date: true })).toBe('Sources disagree on the date');
    expect(disputeSummary({ count: { low: 6, high: 8, openHigh: false }, date: true })).toBe(
      'Sources disagree: 6–8, and on the date',
    );
  });

  it("analystReading marks the event's own figure as a reading", () => {
    expect(analystReading('12')).toBe("Analyst's reading: 12");
  });

  it('sourceSays attributes each figure to its publisher, each distinct figure once', () => {
    expect(sourceSays('Northwind Courier', [exact(12)])).toBe('Northwind Courier says 12');
    expect(sourceSays('Harbor Rights Watch', [exact(14), exact(14)])).toBe(
      'Harbor Rights Watch says 14',
    );
    expect(
      sourceSays('Ministry', [
        exact(12),
        { value: 10, qualifier: 'at-least', min: null, max: null },
      ]),
    ).toBe('Ministry says 12 and at least 10');
    expect(sourceSays('Ministry', [])).toBe('Ministry gives no figure');
  });
});
