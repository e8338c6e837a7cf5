import { describe, expect, it } from 'vitest';
import { lighthouseTable, lighthouseVerdict } from './lighthouse-table';
import type { LighthouseFigures } from './lighthouse';

const full: LighthouseFigures = {
  page: 'full',
  url: 'http://127.0.0.1:4373/',
  compressed: true,
  performance: 99,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  fcpMs: 1000,
  lcpMs: 1200,
  tbtMs: 40.4,
  cls: 0,
  speedIndexMs: 1100,
};

describe('lighthouseVerdict', () => {
  it('is met at the limits and MISSED just past one', () => {
    expect(lighthouseVerdict(full)).toBe('met');
    expect(lighthouseVerdict({ ...full, lcpMs: 1201 })).toBe('MISSED');
    expect(lighthouseVerdict({ ...full, seo: 92 })).toBe('MISSED');
  });
  it('has no target without compression', () => {
    expect(lighthouseVerdict({ ...full, compressed: false, performance: 78 })).toBe('n/a');
  });
});

describe('lighthouseTable', () => {
  it('prints one row per audit', () => {
    expect(lighthouseTable([full]).split('\n')[2]).toBe(
      '| full (http://127.0.0.1:4373/) | yes | 99 | 100 | 100 | 100 | 1,000 | 1,200 | 40 | 0.000 | 1,100 | met |',
    );
  });
});
