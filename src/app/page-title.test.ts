import { describe, expect, it } from 'vitest';
import { documentTitleOf } from './page-title';

describe('documentTitleOf', () => {
  it('puts the dataset’s title first and the product after it', () => {
    expect(documentTitleOf('Detainees, as one article reports it')).toBe(
      'Detainees, as one article reports it — custody-timeline',
    );
  });
  it('falls back to the product’s name for a blank title', () => {
    expect(documentTitleOf('  ')).toBe('custody-timeline');
  });
});
