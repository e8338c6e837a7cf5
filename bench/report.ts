/** The tables `npm run bench` prints: one row per size for the app, one for its FLOOR page. */
import type { Summary } from './aggregate';
import type { SizeResult } from './measure';

/** The longest main-thread task a reader may meet while a file is checked in the worker. */
const CHECK_TASK_TARGET_MS = 200;

export function fmt(value: Summary['value'], digits = 0): string {
  if (typeof value !== 'number') return value;
  if (!Number.isFinite(value)) return '–';
  return value.toLocaleString('en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

const kb = (n: number) => fmt(n / 1024, 0);
const sizes = (b: { raw: number; gzip: number }) => `${kb(b.raw)}/${kb(b.gzip)}`;

/** Long tasks are observed from 50 ms up: 0 means none that long, not an instant check. */
function checkCell(value: Summary['value']): string {
  return value === 0 ? '<50' : fmt(value);
}

/** A zoom percentile; after a timeout, the value over the frames drawn before it ("≥"). */
function zoomCell(value: Summary['value'], partial: number | undefined): string {
  if (value === 'timeout' && partial !== undefined) return `timeout (≥${fmt(partial)})`;
  return fmt(value, 1);
}

/** data-ready ÷ floor; a load that timed out is at least the timeout over the floor. */
function ratioCell(s: SizeResult, readyTimeoutMs: number): string {
  const ready = s.app.dataReadyMs.value;
  const floor = s.floor.dataReadyMs.value;
  if (typeof floor !== 'number' || floor <= 0) return '–';
  if (typeof ready === 'number') return `${fmt(ready / floor, 1)}×`;
  return ready === 'timeout' ? `>${fmt(readyTimeoutMs / floor)}×` : '–';
}

type Column = readonly [header: string, cell: (s: SizeResult) => string];

type Side = 'app' | 'floor';

/** The columns both tables have, for the app's or the FLOOR page's runs. */
function sideColumns(side: Side) {
  const zoom = (p: 'p50' | 'p95'): Column => [
    `zoom ${p} ms`,
    (s) => zoomCell(s[side][p === 'p50' ? 'zoomP50' : 'zoomP95'].value, s.zoomPartial[side]?.[p]),
  ];
  return {
    marks: ['marks', (s) => fmt(s[side].marks.value)] satisfies Column,
    ready: (header: string): Column => [header, (s) => fmt(s[side].dataReadyMs.value)],
    settle: ['settle ms', (s) => fmt(s[side].settleMs.value)] satisfies Column,
    zoom,
    heap: ['heap MB', (s) => fmt(s[side].heapMB.value, 1)] satisfies Column,
    nodes: ['DOM nodes', (s) => fmt(s[side].domNodes.value)] satisfies Column,
    runs: ['runs', (s) => String(s.runs[side])] satisfies Column,
  };
}

function appColumns(readyTimeoutMs: number): readonly Column[] {
  const app = sideColumns('app');
  return [
    ['events', (s) => s.label],
    app.marks,
    app.ready('data-ready ms'),
    ['floor ms', (s) => fmt(s.floor.dataReadyMs.value)],
    ['× floor', (s) => ratioCell(s, readyTimeoutMs)],
    app.settle,
    ['long tasks ms', (s) => fmt(s.app.longTaskMs.value)],
    ['check max task ms', (s) => checkCell(s.app.checkLongestMs.value)],
    ['filter ms', (s) => fmt(s.app.filterMs.value)],
    app.zoom('p50'),
    app.zoom('p95'),
    app.heap,
    app.nodes,
    ['JS KB raw/gz', (s) => sizes(s.bytes.app.js)],
    ['CSS KB raw/gz', (s) => sizes(s.bytes.app.css)],
    ['data KB raw/gz', (s) => sizes(s.bytes.app.data)],
    app.runs,
  ];
}

function floorColumns(): readonly Column[] {
  const floor = sideColumns('floor');
  return [
    ['FLOOR events', (s) => s.label],
    floor.marks,
    floor.ready('ready ms'),
    floor.settle,
    floor.zoom('p50'),
    floor.zoom('p95'),
    floor.heap,
    floor.nodes,
    ['HTML KB raw/gz', (s) => sizes(s.bytes.floor.html)],
    floor.runs,
  ];
}

/** A Markdown table: the first column left-aligned, the figures right-aligned. */
function table(columns: readonly Column[], results: readonly SizeResult[]): string {
  const rows = [
    columns.map(([header]) => header),
    ...results.map((s) => columns.map(([, cell]) => cell(s))),
  ];
  const widths = columns.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]) =>
    `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (c === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(rows[0] ?? []), rule, ...rows.slice(1).map(line)].join('\n');
}

/** One line per size whose file was checked with a progress bar: the figure beside its target. */
function checkLines(results: readonly SizeResult[]): string[] {
  return results.flatMap((s) => {
    const value = s.app.checkLongestMs.value;
    if (typeof value !== 'number') return [];
    const verdict = value < CHECK_TASK_TARGET_MS ? 'within' : 'OVER';
    return [
      `- ${s.label}: ${checkCell(value)} ms (target < ${CHECK_TASK_TARGET_MS} ms: ${verdict})`,
    ];
  });
}

export function report(results: readonly SizeResult[], readyTimeoutMs: number): string {
  const checks = checkLines(results);
  const notes = results.filter((s) => s.note).map((s) => `- ${s.label}: ${s.note ?? ''}`);
  const problems = results
    .filter((s) => s.problems.length > 0)
    .map((s) => `- ${s.label}: ${s.problems.slice(0, 3).join(' | ')}`);
  return [
    table(appColumns(readyTimeoutMs), results),
    '',
    table(floorColumns(), results),
    ...(checks.length
      ? ['', 'Longest main-thread task while a file is checked (median of runs):', ...checks]
      : []),
    ...(notes.length ? ['', 'Notes:', ...notes] : []),
    ...(problems.length ? ['', 'Page problems:', ...problems] : []),
  ].join('\n');
}
