import { SLUG } from '../../lib/slug';
import { readSpreadsheetDate } from './spreadsheet-date';
import type { Sheet, SheetProblem, SheetRow } from './sheet';

/**
 * One row's cells read as the format wants them, each problem recorded with its sheet, row and
 * column, so one bad cell is named and the rest of the row (and every other row) still read.
 */
export class RowReader {
  constructor(
    private readonly sheet: Sheet,
    readonly at: SheetRow,
    private readonly problems: SheetProblem[],
  ) {}

  problem(column: string | null, message: string): void {
    this.problems.push({ sheet: this.sheet.name, row: this.at.row, column, message });
  }

  text(column: string): string | undefined {
    return this.at.cells.get(column);
  }

  required(column: string): string | undefined {
    const value = this.text(column);
    if (value === undefined) this.problem(column, 'is empty; it is required');
    return value;
  }

  slug(column: string, required = true): string | undefined {
    const value = required ? this.required(column) : this.text(column);
    if (value === undefined) return undefined;
    const id = value.trim();
    if (!SLUG.test(id)) {
      this.problem(
        column,
        `"${value}" is not an id: use lowercase letters, digits and hyphens ("release-32")`,
      );
      return undefined;
    }
    return id;
  }

  /** A whole number ≥ 0; a blank cell is undefined. */
  count(column: string): number | undefined {
    const value = this.text(column)?.trim();
    if (value === undefined) return undefined;
    const n = Number(value.replace(/[,\s](?=\d{3}\b)/g, ''));
    if (!/^\d[\d,\s]*$/.test(value) || !Number.isSafeInteger(n)) {
      this.problem(column, `"${value}" is not a whole number`);
      return undefined;
    }
    return n;
  }

  /** A number ≥ 0 that may have a fraction (a sentence of 1.5 years). */
  amount(column: string): number | undefined {
    const value = this.text(column)?.trim();
    if (value === undefined) return undefined;
    const n = Number(value);
    if (value === '' || !Number.isFinite(n) || n < 0) {
      this.problem(column, `"${value}" is not a number`);
      return undefined;
    }
    return n;
  }

  oneOf<T extends string>(column: string, options: readonly T[]): T | undefined {
    const value = this.text(column)?.trim().toLowerCase();
    if (value === undefined) return undefined;
    const found = options.find((o) => o === value);
    if (found === undefined) this.problem(column, `"${value}" is not one of ${options.join(', ')}`);
    return found;
  }

  date(column: string, required = true): string | undefined {
    const value = required ? this.required(column) : this.text(column);
    if (value === undefined) return undefined;
    const read = readSpreadsheetDate(value);
    if (read.ok) return read.edtf;
    this.problem(column, read.problem);
    return undefined;
  }
}

/** Every row of a sheet, read. */
export function readRows<T>(
  sheet: Sheet,
  problems: SheetProblem[],
  read: (row: RowReader) => T,
): T[] {
  return sheet.rows.map((at) => read(new RowReader(sheet, at, problems)));
}

/** A column the sheet does not know is named once: a misspelt header would lose its data. */
export function checkColumns(
  sheet: Sheet,
  known: readonly string[],
  problems: SheetProblem[],
): void {
  for (const column of sheet.columns) {
    if (column !== '' && !known.includes(column)) {
      problems.push({
        sheet: sheet.name,
        row: 1,
        column,
        message: `is not a column of ${sheet.name}; known: ${known.join(', ')}`,
      });
    }
  }
}
