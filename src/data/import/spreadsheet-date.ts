import { describeEdtfProblem } from '../../domain/edtf-window';
import { MONTH_NAMES } from '../../lib/time';

/**
 * The dates people type into a spreadsheet, as EDTF: "2023-12-08", "8 Dec 2023",
 * "December 8, 2023", "December 2020", "2020", "before 8 Dec 2023", "by 8 Dec 2023",
 * "after 8 Dec 2023", "8 Dec 2023 – 10 Jan 2024", and EDTF itself. Only the precision typed is
 * kept: "December 2020" stays a month. "Before" is strict (the day before); "by" and "on or
 * before" include the day. Anything else is refused with an example, never guessed.
 */

const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((name, i) => {
  MONTHS.set(name.toLowerCase(), i + 1);
  MONTHS.set(name.slice(0, 3).toLowerCase(), i + 1);
});
MONTHS.set('sept', 9);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** One point in time as typed, as EDTF (a year, a month or a day), or null. */
function readPoint(text: string): string | null {
  const t = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\.(?=\s|$)/g, '');
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(t);
  if (iso) return t;
  const dayFirst = /^(\d{1,2}) ([A-Za-z]+),? (\d{4})$/.exec(t);
  if (dayFirst) return day(dayFirst[3], dayFirst[2], dayFirst[1]);
  const monthFirst = /^([A-Za-z]+) (\d{1,2}),? (\d{4})$/.exec(t);
  if (monthFirst) return day(monthFirst[3], monthFirst[1], monthFirst[2]);
  const monthYear = /^([A-Za-z]+),? (\d{4})$/.exec(t);
  if (monthYear) {
    const month = MONTHS.get((monthYear[1] ?? '').toLowerCase());
    return month ? `${monthYear[2] ?? ''}-${pad(month)}` : null;
  }
  return null;
}

function day(
  year: string | undefined,
  monthName: string | undefined,
  dayOfMonth: string | undefined,
): string | null {
  const month = MONTHS.get((monthName ?? '').toLowerCase());
  if (!month || !year || !dayOfMonth) return null;
  return `${year}-${pad(month)}-${pad(Number(dayOfMonth))}`;
}

/** The EDTF point just before `point`, at its own precision ("2023-12-08" → "2023-12-07"). */
function before(point: string): string {
  const [y = 0, m, d] = point.split('-').map(Number);
  if (d !== undefined && m !== undefined) {
    const date = new Date(Date.UTC(y, m - 1, d - 1));
    return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  }
  if (m !== undefined) return m === 1 ? `${pad(y - 1, 4)}-12` : `${pad(y, 4)}-${pad(m - 1)}`;
  return pad(y - 1, 4);
}

/** The EDTF point just after `point`, at its own precision. */
function after(point: string): string {
  const [y = 0, m, d] = point.split('-').map(Number);
  if (d !== undefined && m !== undefined) {
    const date = new Date(Date.UTC(y, m - 1, d + 1));
    return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  }
  if (m !== undefined) return m === 12 ? `${pad(y + 1, 4)}-01` : `${pad(y, 4)}-${pad(m + 1)}`;
  return pad(y + 1, 4);
}

const EXAMPLES = '"2023-12-08", "8 Dec 2023", "December 2020", "before 8 Dec 2023" or EDTF';

export type ReadDate =
  { readonly ok: true; readonly edtf: string } | { readonly ok: false; readonly problem: string };

export function readSpreadsheetDate(typed: string): ReadDate {
  const text = typed.trim();
  if (text === '') return { ok: false, problem: `is empty; write a date such as ${EXAMPLES}` };
  if (describeEdtfProblem(text) === null) return { ok: true, edtf: text };
  const checked = (edtf: string | null): ReadDate => {
    if (edtf === null || describeEdtfProblem(edtf) !== null) {
      return { ok: false, problem: `"${typed}" is not a date this reads; write ${EXAMPLES}` };
    }
    return { ok: true, edtf };
  };
  const lower = text.toLowerCase();
  for (const [word, edtf] of [
    ['on or before ', (p: string) => `../${p}`],
    ['by ', (p: string) => `../${p}`],
    ['before ', (p: string) => `../${before(p)}`],
    ['on or after ', (p: string) => `${p}/..`],
    ['after ', (p: string) => `${after(p)}/..`],
    ['from ', (p: string) => `${p}/..`],
    ['since ', (p: string) => `${p}/..`],
  ] as const) {
    if (lower.startsWith(word)) {
      const point = readPoint(text.slice(word.length));
      return checked(point === null ? null : edtf(point));
    }
  }
  const range = /^(?:between )?(.+?)\s*(?: and |–|—| to | - )\s*(.+)$/i.exec(text);
  if (range) {
    const from = readPoint(range[1] ?? '');
    const to = readPoint(range[2] ?? '');
    return checked(from && to ? `${from}/${to}` : null);
  }
  return checked(readPoint(text));
}
