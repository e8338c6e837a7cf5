/**
 * Prints the README's benchmark table from bench/results.json, so the README shows exactly what
 * a run measured: ours, the FLOOR and both peers, settled, with the ratios.
 *   npx tsx bench/readme-table.ts [bench/results.json]
 */
import { readFileSync } from 'node:fs';
import { fastest, figureText, ratioText } from './goals';
import type { KindResult, SizeResult } from './measure';
import { PEERS } from './peers/pages';
import { figureOf } from './report';

interface Results {
  readonly machine: {
    cpu: string;
    cores: number;
    memoryGB: number;
    os: string;
    node: string;
    chromium: string;
    date: string;
  };
  readonly config: {
    runs: number;
    warmup: number;
    commit: string | null;
    workingTreeDirty: boolean;
  };
  readonly results: readonly SizeResult[];
}

const file = process.argv[2] ?? 'bench/results.json';
const data = JSON.parse(readFileSync(file, 'utf8')) as Results;

const time = (k: KindResult | undefined, metric: 'dataReadyMs' | 'settleMs'): string => {
  if (!k) return '—';
  const f = figureOf(k, metric);
  return f ? figureText(f, '') : String(k.metrics[metric].value);
};
const num = (v: number | string, digits = 0): string =>
  typeof v === 'number'
    ? v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : v;
const kb = (k: KindResult | undefined): string =>
  k ? ((k.bytes.js.gzip + k.bytes.css.gzip) / 1024).toFixed(0) : '—';

const rows = data.results.map((r) => {
  const t = r.targets;
  const settled = (k: KindResult | undefined) => figureOf(k, 'settleMs');
  const ours = settled(t.app);
  return [
    r.label,
    time(t.app, 'settleMs'),
    time(t.floor, 'settleMs'),
    time(t.timelinejs, 'settleMs'),
    time(t.vis, 'settleMs'),
    ratioText(ours, settled(t.floor)),
    ratioText(ours, fastest(PEERS.map((p) => settled(t[p])))),
    ratioText(ours, settled(t.vis)),
    `${time(t.app, 'dataReadyMs')} / ${time(t.floor, 'dataReadyMs')}`,
    `${num(t.app.metrics.zoomP50.value, 1)} / ${num(t.app.metrics.zoomP95.value, 1)}`,
    num(t.app.metrics.heapMB.value, 1),
    `${kb(t.app)} / ${kb(t.timelinejs)} / ${kb(t.vis)}`,
  ];
});
const header = [
  'events',
  'ours settled ms',
  'floor settled',
  'TimelineJS3 settled',
  'vis-timeline settled',
  'ours ÷ floor',
  'ours ÷ best peer',
  'ours ÷ vis-timeline',
  'data-ready ours / floor',
  'ours zoom p50 / p95 ms',
  'ours heap MB',
  'JS+CSS gz KB ours / TimelineJS3 / vis',
];
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
const m = data.machine;
const commit = data.config.commit?.slice(0, 7) ?? 'working tree';
console.log(
  `\n${m.cores}-core ${m.cpu}, ${m.memoryGB} GB, ${m.os}, Node ${m.node}, Chromium ${m.chromium}; ` +
    `commit ${commit}${data.config.workingTreeDirty ? ' (dirty)' : ''}, ${m.date.slice(0, 16)}Z; ` +
    `medians of up to ${data.config.runs} interleaved rounds after ${data.config.warmup} warm-up ` +
    '(fewer where the time budget ran short: see bench/results.json); ' +
    `"≥" = timed out after that long.`,
);
