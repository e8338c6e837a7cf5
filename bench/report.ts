/**
 * The tables `npm run bench` prints: every target side by side (data-ready and settled, with the
 * ratios), the issue's targets with their verdicts, then the details of the app, the FLOOR page
 * and the peers.
 */
import type { Summary } from './aggregate';
import { checkGoals, fastest, figureText, ratioText } from './goals';
import type { Figure, GoalRow, GoalSize } from './goals';
import type { KindResult, SizeResult } from './measure';
import { PEER_NAMES, PEERS } from './peers/pages';
import type { Peer } from './peers/pages';
import type { Kind } from './run-once';

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
  if (value === 'timeout' && partial !== undefined) return `timeout (≥${fmt(partial, 1)})`;
  return fmt(value, 1);
}

/**
 * A median as a figure for the checks: a number is exact; a load that timed out is at least its
 * deadline, and a page that did not settle in time at least its data-ready.
 */
export function figureOf(k: KindResult | undefined, metric: 'dataReadyMs' | 'settleMs'): Figure {
  if (!k) return null;
  const value = k.metrics[metric].value;
  if (typeof value === 'number') return { value, atLeast: false };
  if (value !== 'timeout') return null;
  const ready = k.metrics.dataReadyMs.value;
  if (metric === 'settleMs' && typeof ready === 'number') return { value: ready, atLeast: true };
  return { value: k.loadTimeoutMs, atLeast: true };
}

/** A data-ready or settled cell: the median, `timeout (≥N)`, or `–` where it was not run. */
function timeCell(k: KindResult | undefined, metric: 'dataReadyMs' | 'settleMs'): string {
  if (!k) return '–';
  const value = k.metrics[metric].value;
  if (value !== 'timeout') return fmt(value);
  const f = figureOf(k, metric);
  return f ? `timeout (${figureText(f, '')})` : 'timeout';
}

export function goalSizeOf(s: SizeResult): GoalSize {
  const t = s.targets;
  const each = (metric: 'dataReadyMs' | 'settleMs') =>
    Object.fromEntries(
      (Object.keys(t) as Kind[]).map((kind) => [kind, figureOf(t[kind], metric)] as const),
    );
  const number = (v: Summary['value']): Figure =>
    typeof v === 'number' ? { value: v, atLeast: false } : null;
  return {
    label: s.label,
    events: s.events,
    real: s.real,
    settled: each('settleMs'),
    ready: each('dataReadyMs'),
    zoomP50: number(t.app.metrics.zoomP50.value),
    heapMB: number(t.app.metrics.heapMB.value),
    jsGzip: t.app.runs > 0 ? t.app.bytes.js.gzip : null,
  };
}

type Column<R> = readonly [header: string, cell: (row: R) => string];

/** A Markdown table: the first column left-aligned, the figures right-aligned. */
function table<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  const cells = [
    columns.map(([header]) => header),
    ...rows.map((r) => columns.map(([, c]) => c(r))),
  ];
  const widths = columns.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]) =>
    `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (c === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(cells[0] ?? []), rule, ...cells.slice(1).map(line)].join('\n');
}

const SHORT: Record<Peer, string> = { timelinejs: 'TimelineJS3', vis: 'vis-timeline' };

/** Every target side by side: data-ready and settled, and the app's ratios on settled. */
function sideBySideColumns(): readonly Column<SizeResult>[] {
  const pair = (kind: Kind, name: string): Column<SizeResult>[] => [
    [`${name} ready`, (s) => timeCell(s.targets[kind], 'dataReadyMs')],
    [`${name} settled`, (s) => timeCell(s.targets[kind], 'settleMs')],
  ];
  const settled = (s: SizeResult, kind: Kind) => figureOf(s.targets[kind], 'settleMs');
  return [
    ['events', (s) => s.label],
    ...pair('app', 'ours'),
    ...pair('floor', 'floor'),
    ...PEERS.flatMap((p) => pair(p, SHORT[p])),
    ['ours ÷ floor', (s) => ratioText(settled(s, 'app'), settled(s, 'floor'))],
    [
      'ours ÷ best peer',
      (s) => ratioText(settled(s, 'app'), fastest(PEERS.map((p) => settled(s, p)))),
    ],
    ['ours ÷ vis-timeline', (s) => ratioText(settled(s, 'app'), settled(s, 'vis'))],
  ];
}

function goalColumns(): readonly Column<GoalRow>[] {
  return [
    ['target', (g) => g.goal],
    ['events', (g) => g.size],
    ['measured', (g) => g.figure],
    ['verdict', (g) => g.verdict],
  ];
}

function appColumns(): readonly Column<SizeResult>[] {
  const m = (s: SizeResult) => s.targets.app.metrics;
  return [
    ['ours: events', (s) => s.label],
    ['marks', (s) => fmt(m(s).marks.value)],
    ['data-ready ms', (s) => timeCell(s.targets.app, 'dataReadyMs')],
    ['settled ms', (s) => timeCell(s.targets.app, 'settleMs')],
    ['long tasks ms', (s) => fmt(m(s).longTaskMs.value)],
    ['check max task ms', (s) => checkCell(m(s).checkLongestMs.value)],
    ['filter ms', (s) => fmt(m(s).filterMs.value)],
    ['zoom p50 ms', (s) => zoomCell(m(s).zoomP50.value, s.targets.app.zoomPartial?.p50)],
    ['zoom p95 ms', (s) => zoomCell(m(s).zoomP95.value, s.targets.app.zoomPartial?.p95)],
    ['heap MB', (s) => fmt(m(s).heapMB.value, 1)],
    ['DOM nodes', (s) => fmt(m(s).domNodes.value)],
    ['JS KB raw/gz', (s) => sizes(s.targets.app.bytes.js)],
    ['CSS KB raw/gz', (s) => sizes(s.targets.app.bytes.css)],
    ['data KB raw/gz', (s) => sizes(s.targets.app.bytes.data)],
    ['runs', (s) => String(s.targets.app.runs)],
  ];
}

function floorColumns(): readonly Column<SizeResult>[] {
  const m = (s: SizeResult) => s.targets.floor.metrics;
  return [
    ['FLOOR: events', (s) => s.label],
    ['marks', (s) => fmt(m(s).marks.value)],
    ['ready ms', (s) => timeCell(s.targets.floor, 'dataReadyMs')],
    ['settled ms', (s) => timeCell(s.targets.floor, 'settleMs')],
    ['zoom p50 ms', (s) => zoomCell(m(s).zoomP50.value, s.targets.floor.zoomPartial?.p50)],
    ['zoom p95 ms', (s) => zoomCell(m(s).zoomP95.value, s.targets.floor.zoomPartial?.p95)],
    ['heap MB', (s) => fmt(m(s).heapMB.value, 1)],
    ['DOM nodes', (s) => fmt(m(s).domNodes.value)],
    ['HTML KB raw/gz', (s) => sizes(s.targets.floor.bytes.html)],
    ['runs', (s) => String(s.targets.floor.runs)],
  ];
}

interface PeerRow {
  readonly size: SizeResult;
  readonly peer: Peer;
  readonly k: KindResult;
}

function peerColumns(): readonly Column<PeerRow>[] {
  const m = (r: PeerRow) => r.k.metrics;
  return [
    ['peers: events', (r) => r.size.label],
    ['peer', (r) => PEER_NAMES[r.peer]],
    ['marks', (r) => fmt(m(r).marks.value)],
    ['ready ms', (r) => timeCell(r.k, 'dataReadyMs')],
    ['settled ms', (r) => timeCell(r.k, 'settleMs')],
    ['long tasks ms', (r) => fmt(m(r).longTaskMs.value)],
    ['zoom p50 ms', (r) => zoomCell(m(r).zoomP50.value, r.k.zoomPartial?.p50)],
    ['zoom p95 ms', (r) => zoomCell(m(r).zoomP95.value, r.k.zoomPartial?.p95)],
    ['heap MB', (r) => fmt(m(r).heapMB.value, 1)],
    ['DOM nodes', (r) => fmt(m(r).domNodes.value)],
    ['JS+CSS KB gz', (r) => kb(r.k.bytes.js.gzip + r.k.bytes.css.gzip)],
    ['fonts etc. KB gz', (r) => kb(r.k.bytes.other.gzip)],
    ['data KB gz', (r) => kb(r.k.bytes.data.gzip)],
    ['runs', (r) => String(r.k.runs)],
  ];
}

/** One line per size whose file was checked with a progress bar: the figure beside its target. */
function checkLines(results: readonly SizeResult[]): string[] {
  return results.flatMap((s) => {
    const value = s.targets.app.metrics.checkLongestMs.value;
    if (typeof value !== 'number') return [];
    const verdict = value < CHECK_TASK_TARGET_MS ? 'within' : 'OVER';
    return [
      `- ${s.label}: ${checkCell(value)} ms (target < ${CHECK_TASK_TARGET_MS} ms: ${verdict})`,
    ];
  });
}

export function report(results: readonly SizeResult[]): string {
  const goals = checkGoals(results.map(goalSizeOf));
  const peerRows = results.flatMap((size) =>
    PEERS.flatMap((peer) => {
      const k = size.targets[peer];
      return k ? [{ size, peer, k }] : [];
    }),
  );
  const checks = checkLines(results);
  const notes = results.filter((s) => s.note).map((s) => `- ${s.label}: ${s.note ?? ''}`);
  const problems = results
    .filter((s) => s.problems.length > 0)
    .map((s) => `- ${s.label}: ${s.problems.slice(0, 4).join(' | ')}`);
  return [
    'Side by side (medians, ms from navigation start; ratios are of settled):',
    table(sideBySideColumns(), results),
    '',
    "The issue's targets:",
    table(goalColumns(), goals),
    '',
    table(appColumns(), results),
    '',
    table(floorColumns(), results),
    ...(peerRows.length ? ['', table(peerColumns(), peerRows)] : []),
    ...(checks.length
      ? ['', 'Longest main-thread task while a file is checked (median of runs):', ...checks]
      : []),
    ...(notes.length ? ['', 'Notes:', ...notes] : []),
    ...(problems.length ? ['', 'Page problems:', ...problems] : []),
  ].join('\n');
}
