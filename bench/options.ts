/** The command line of `npm run bench` (see bench/README.md for each option). */
import { join, resolve } from 'node:path';
import { ROOT } from './config';

export interface Options {
  readonly sizes: readonly number[];
  readonly runs: number;
  readonly warmup: number;
  readonly timeoutMs: number;
  readonly readyTimeoutMs: number;
  readonly budgetMs: number;
  readonly seed: number;
  readonly build: boolean;
  /** Build this git ref (exported with git archive) instead of the working tree. */
  readonly ref: string | null;
  /** Where to write the results (default bench/results.json). */
  readonly results: string;
  /** The load timeout of a peer's page (TimelineJS3 needs most of a minute at 10,000 events). */
  readonly peerTimeoutMs: number;
  /** Peers run on sizes up to this many events (the targets compare them up to 10,000). */
  readonly peerMaxEvents: number;
  /** Run Lighthouse (bench/lighthouse.ts) after the timing runs. */
  readonly lighthouse: boolean;
}

export function parseOptions(argv: readonly string[]): Options {
  let o: Options = {
    sizes: [15, 1000, 10_000, 100_000],
    runs: 3,
    warmup: 1,
    timeoutMs: 60_000,
    readyTimeoutMs: 90_000,
    budgetMs: 690_000,
    seed: 1,
    build: true,
    ref: null,
    results: join(ROOT, 'bench/results.json'),
    peerTimeoutMs: 30_000,
    peerMaxEvents: 10_000,
    lighthouse: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    if (flag === '--no-build' || flag === '--no-lighthouse') {
      o = flag === '--no-build' ? { ...o, build: false } : { ...o, lighthouse: false };
      continue;
    }
    const value = argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    const n = Number(value);
    o = { ...o, ...option(flag, value, n) };
  }
  if (o.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('bad --sizes');
  return o;
}

function option(flag: string, value: string, n: number): Partial<Options> {
  switch (flag) {
    case '--sizes':
      return { sizes: value.split(',').map(Number) };
    case '--runs':
      return { runs: n };
    case '--warmup':
      return { warmup: n };
    case '--timeout':
      return { timeoutMs: n * 1000 };
    case '--ready-timeout':
      return { readyTimeoutMs: n * 1000 };
    case '--budget':
      return { budgetMs: n * 1000 };
    case '--seed':
      return { seed: n };
    case '--ref':
      return { ref: value };
    case '--results':
      return { results: resolve(value) };
    case '--peer-timeout':
      return { peerTimeoutMs: n * 1000 };
    case '--peer-max-events':
      return { peerMaxEvents: n };
    default:
      throw new Error(`unknown option ${flag}`);
  }
}
