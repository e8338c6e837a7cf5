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

/**
 * The delimiter, read from the header line alone: cells below may hold any number of commas,
 * semicolons or tabs (quotes, HTML), which fool a guess made from the whole file. A spreadsheet
 * in a locale that writes decimal commas saves with semicolons; a TSV with tabs.
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

/** A CSV file (comma, semicolon or tab; a byte-order mark is dropped) as a sheet. */
export function readCsv(name: string, text: string): { sheet: Sheet; problems: SheetProblem[] } {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, {
    skipEmptyLines: false,
    delimiter: delimiterOf(body),
  });
  const problems = parsed.errors.map((error) => ({
    sheet: name,
    row: error.row === undefined ? null : error.row + 1,
    column: null,
    message: error.message,
  }));
  const [header = [], ...values] = parsed.data;
  values.forEach((line, i) => {
    if (line.length === header.length || line.every((cell) => cell.trim() === '')) return;
    problems.push({
      sheet: name,
      row: i + 2,
      column: null,
      message: `has ${line.length} cells and the header ${header.length}: a comma missing or one too many shifts every cell after it (a cell holding a comma needs double quotes)`,
    });
  });
  return { sheet: sheetOf(name, header, values), problems };
}

/** Rows back to CSV text, columns in the order given, a header first. */
export function writeCsv(
  columns: readonly string[],
  rows: readonly Record<string, string>[],
): string {
  return `${Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\n' })}\n`;
}
