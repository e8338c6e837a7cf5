import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/universal';

/**
 * A real .xlsx workbook, one tab per CSV text given (tab name → CSV), every cell written as
 * text: what a spreadsheet program saves from the template. For tests (unit and e2e) only.
 */
export async function workbookOf(tabs: ReadonlyMap<string, string>): Promise<Uint8Array> {
  const sheets = [...tabs].map(([sheet, csv]) => {
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    return { sheet, data: rows.map((row) => row.map((value) => ({ value, type: String }))) };
  });
  const blob = await writeXlsxFile(sheets).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
