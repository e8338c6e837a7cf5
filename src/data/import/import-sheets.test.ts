import { describe, expect, it } from 'vitest';
import timelineText from '../../../data/timeline.json?raw';
import datasetCsv from '../../../data/templates/dataset.csv?raw';
import sourcesCsv from '../../../data/templates/sources.csv?raw';
import attributionsCsv from '../../../data/templates/attributions.csv?raw';
import claimsCsv from '../../../data/templates/claims.csv?raw';
import cohortsCsv from '../../../data/templates/cohorts.csv?raw';
import articleText from '../../../data/templates/article.txt?raw';
import { importCsvFiles } from './import-sheets';
import { describeProblem } from './sheet';

const TEMPLATE: ReadonlyMap<string, string> = new Map([
  ['dataset.csv', datasetCsv],
  ['sources.csv', sourcesCsv],
  ['attributions.csv', attributionsCsv],
  ['claims.csv', claimsCsv],
  ['cohorts.csv', cohortsCsv],
  ['article.txt', articleText],
]);

function withClaims(edit: (lines: string[]) => string[]): Map<string, string> {
  const files = new Map(TEMPLATE);
  files.set('claims.csv', edit(claimsCsv.split('\n')).join('\n'));
  return files;
}

const MINIMAL_HEADER =
  'event,kind,date,title,summary,count,held_by,nationality,source,attribution,quote';

describe('importCsvFiles', () => {
  it('the template in data/templates imports to data/timeline.json, exactly', () => {
    const outcome = importCsvFiles(TEMPLATE, '2000-01-01');
    expect(outcome.problems.map(describeProblem)).toStrictEqual([]);
    expect(outcome.dataset).toStrictEqual(JSON.parse(timelineText));
  });

  it('names the sheet, row and column of each bad cell, and keeps reading the other rows', () => {
    const files = new Map(TEMPLATE);
    files.set(
      'claims.csv',
      [
        MINIMAL_HEADER,
        'one,capture,8 Dec 2023,One,S,twelve,Azerbaijan,Armenian,western-armenia,outlet,Some of them were returned to Baku',
        'two,capture,Smarch 2023,Two,S,3,Azerbaijan,Armenian,western-armenia,outlet,Some of them were returned to Baku',
        'three,capture,December 2020,Three,S,3,Azerbaijan,Armenian,western-armenia,outlet,words the article never says',
        'four,capture,before 8 Dec 2023,Four,S,4,Azerbaijan,Armenian,western-armenia,outlet,"26 are still being held  in Azerbaijani prisons"',
      ].join('\n'),
    );
    files.delete('cohorts.csv');
    const outcome = importCsvFiles(files, '2000-01-01');
    expect(outcome.problems.map(describeProblem)).toStrictEqual([
      'claims.csv, row 2, column count: "twelve" is not a whole number',
      'claims.csv, row 3, column date: "Smarch 2023" is not a date this reads; write "2023-12-08", "8 Dec 2023", "December 2020", "before 8 Dec 2023" or EDTF',
      'claims.csv, row 4, column quote: not found in the source text (whitespace folded)',
    ]);
    const four = outcome.dataset?.events.find((e) => e.id === 'four');
    // Typed "before 8 Dec 2023": strictly before, so on or before the 7th; the quote's double
    // space is folded to find it, and written as the article has it.
    expect(four?.date).toBe('../2023-12-07');
    expect(four?.claims[0]?.quote).toStrictEqual({
      exact: '26 are still being held in Azerbaijani prisons',
      start: 965,
      end: 1011,
    });
  });

  it('a later row gives its claim’s own count and date only where they differ from the first', () => {
    const files = withClaims(() => [
      `${MINIMAL_HEADER},claim`,
      'rel,release,2023-12-08,Released,S,32,Azerbaijan,Armenian,western-armenia,joint-statement,"Guided by humanitarian values, and as a manifestation of goodwill, the Republic of Azerbaijan releases 32 Armenian servicemen.",c1',
      'rel,,2023-12-08,,,32,,,western-armenia,outlet,Azerbaijan Releases 32 Armenian Soldiers,c2',
      'rel,,,,,30,,,western-armenia,outlet,"However, the names of the released servicemen have not yet been published",c3',
    ]);
    files.delete('cohorts.csv');
    const outcome = importCsvFiles(files, '2000-01-01');
    expect(outcome.problems).toStrictEqual([]);
    const claims = outcome.dataset?.events[0]?.claims ?? [];
    expect(claims.map((c) => [c.id, c.people ?? null, c.date ?? null])).toStrictEqual([
      ['c1', null, null],
      ['c2', null, null],
      ['c3', { count: 30, qualifier: 'exact' }, null],
    ]);
  });

  it('sources.csv and claims.csv are required, by name', () => {
    expect(importCsvFiles(new Map(), '2000-01-01').problems.map(describeProblem)).toStrictEqual([
      'sources.csv: is missing; it is required',
      'claims.csv: is missing; it is required',
    ]);
  });
});
