import { describe, expect, it } from 'vitest';
import { describeProblem, readCsv } from './sheet';

describe('readCsv', () => {
  it('names a row whose cells do not line up with the header: a comma missed or added', () => {
    const { sheet, problems } = readCsv(
      'claims.csv',
      'event,kind,count,held_by\none,capture,4,Norland\ntwo,capture,Norland\nthree,release,3,Norland,x\n\n',
    );
    expect(problems.map(describeProblem)).toStrictEqual([
      'claims.csv, row 3: has 3 cells and the header 4: a comma missing or one too many shifts every cell after it (a cell holding a comma needs double quotes)',
      'claims.csv, row 4: has 5 cells and the header 4: a comma missing or one too many shifts every cell after it (a cell holding a comma needs double quotes)',
    ]);
    expect(sheet.rows.map((r) => r.row)).toStrictEqual([2, 3, 4]);
  });

  it('a quoted cell may hold commas and line ends', () => {
    const { problems } = readCsv('claims.csv', 'event,notes\none,"a, b\nc"\n');
    expect(problems).toStrictEqual([]);
  });
});
