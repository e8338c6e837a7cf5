import Papa from 'papaparse';

/**
 * A spreadsheet's rows as the importer reads them: named columns, each row numbered as the
 * spreadsheet shows it (the header is row 1), so every problem can say "claims.csv, row 7,
 * column quote". A CSV file and an .xlsx sheet both become this.
 */
export interface SheetRow {
  /** As the spreadsheet numbers it: the header is row 1. */
  readonly row: number;
  /** Cell text by column name (lowercase, spaces as underscores); blank cells are absent. */
  readonly cells: ReadonlyMap<string, string>;
}

export interface Sheet {
  /** The file or sheet name, as messages name it: "claims.csv". */
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: readonly SheetRow[];
}

export interface SheetProblem {
  readonly sheet: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly message: string;
}

export function describeProblem(p: SheetProblem): string {
  const where = [
    p.sheet,
    p.row === null ? null : `row ${p.row}`,
    p.column === null ? null : `column ${p.column}`,
  ];
  return `${where.filter((w) => w !== null).join(', ')}: ${p.message}`;
}

/** "Quote Before" and "quote_before" are one column. */
export function columnName(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Rows from header + values, dropping rows with no cell filled (a spreadsheet's trailing blanks). */
export function sheetOf(
  name: string,
  header: readonly string[],
  values: readonly (readonly string[])[],
): Sheet {
  const columns = header.map(columnName);
  const rows: SheetRow[] = [];
  values.forEach((line, i) => {
    const cells = new Map<string, string>();
    line.forEach((value, c) => {
      const column = columns[c];
      if (column && value.trim() !== '') cells.set(column, value);
    });
    if (cells.size > 0) rows.push({ row: i + 2, cells });
  });
  return { name, columns, rows };
}

/** A CSV file (any common delimiter; a byte-order mark is dropped) as a sheet. */
export function readCsv(name: string, text: string): { sheet: Sheet; problems: SheetProblem[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  // A one-column sheet has no delimiter to detect: a comma is right, and nothing is wrong.
  const errors = parsed.errors.filter((error) => error.code !== 'UndetectableDelimiter');
  const problems = errors.map((error) => ({
    sheet: name,
    row: error.row === undefined ? null : error.row + 1,
    column: null,
    message: error.message,
  }));
  const [header = [], ...values] = parsed.data;
  return { sheet: sheetOf(name, header, values), problems };
}

/** Rows back to CSV text, columns in the order given, a header first. */
export function writeCsv(
  columns: readonly string[],
  rows: readonly Record<string, string>[],
): string {
  return `${Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\n' })}\n`;
}
