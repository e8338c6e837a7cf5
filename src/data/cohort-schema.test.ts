import { describe, expect, it } from 'vitest';
import { CohortSchema } from './format2-schema';
import { formatIssues } from './format-issues';

function problems(cohort: unknown): string[] {
  const parsed = CohortSchema.safeParse(cohort);
  return parsed.success ? [] : formatIssues(parsed.error);
}

describe('CohortSchema', () => {
  it('refuses the id "none", which a link uses for "in no cohort"', () => {
    expect(problems({ id: 'none', label: 'L', events: ['a'] })).toStrictEqual([
      'id: "none" is reserved (a link\'s cohort=none means "in no cohort"); choose another id',
    ]);
  });

  it('names a link whose ends are not events of the cohort, and a quote link without its claim', () => {
    const links = [{ from: 'a', to: 'x', basis: 'quote', note: 'n' }];
    expect(problems({ id: 'c', label: 'L', events: ['a', 'b'], links })).toStrictEqual([
      'links[0].claim: is required when basis is "quote": name the claim that says so',
      'links[0].to: "x" is not in this cohort\'s events',
    ]);
  });
});
