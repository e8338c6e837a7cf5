/**
 * Prints the README's benchmark table from bench/results.json, so the README shows exactly what
 * a run measured:  npx tsx bench/readme-table.ts [bench/results.json]
 */
import { readFileSync } from 'node:fs';

interface Metric {
  readonly value: number | string | null;
}
interface SizeResult {
  readonly label: string;
  readonly runs: { readonly measured?: number } | number;
  readonly app: Record<string, Metric>;
  readonly floor: Record<string, Metric>;
  readonly bytes: {
    readonly app: Record<string, { readonly raw: number; readonly gzip: number } | string[]>;
  };
}
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

const num = (m: Metric | undefined, digits = 0): string => {
  const v = m?.value;
  if (typeof v !== 'number') return v ?? '—';
  return v.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
};
const gz = (entry: unknown): number =>
  typeof entry === 'object' && entry !== null && 'gzip' in entry && typeof entry.gzip === 'number'
    ? entry.gzip
    : 0;

const rows = data.results.map((r) => {
  const ready = r.app.dataReadyMs?.value;
  const floor = r.floor.dataReadyMs?.value;
  const ratio =
    typeof ready === 'number' && typeof floor === 'number' ? (ready / floor).toFixed(1) : '—';
  return [
    r.label,
    num(r.app.dataReadyMs),
    num(r.floor.dataReadyMs),
    `${ratio}×`,
    num(r.app.filterMs),
    `${num(r.app.zoomP50, 1)} / ${num(r.app.zoomP95, 1)}`,
    `${num(r.floor.zoomP50, 1)} / ${num(r.floor.zoomP95, 1)}`,
    num(r.app.heapMB, 1),
    num(r.app.domNodes),
    ((gz(r.bytes.app.js) + gz(r.bytes.app.css)) / 1000).toFixed(0),
    (gz(r.bytes.app.data) / 1000).toFixed(0),
  ];
});
const header = [
  'events',
  'data-ready ms',
  'floor ms',
  '× floor',
  'filter ms',
  'zoom p50 / p95 ms',
  'floor zoom p50 / p95',
  'heap MB',
  'DOM nodes',
  'JS+CSS gz kB',
  'data gz kB',
];
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
const m = data.machine;
const commit = data.config.commit?.slice(0, 7) ?? 'working tree';
console.log(
  `\n${m.cores}-core ${m.cpu}, ${m.memoryGB} GB, ${m.os}, Node ${m.node}, Chromium ${m.chromium}; ` +
    `commit ${commit}${data.config.workingTreeDirty ? ' (dirty)' : ''}, ${m.date.slice(0, 16)}Z; ` +
    `medians of ${data.config.runs} runs after ${data.config.warmup} warm-up.`,
);
