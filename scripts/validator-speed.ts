/**
 * What checking a dataset's records against the schema costs, zod against the fast checkers,
 * on synthetic datasets (scripts/synthetic-dataset.ts) of 1,000, 10,000 and 100,000 events, in
 * format 1 and upgraded to format 2. zod runs jitless, as it must under the app's CSP. Figures
 * are printed, median of 5 runs after one warm-up (which also fills the EDTF cache both use):
 *   npx tsx scripts/validator-speed.ts
 */
import { performance } from 'node:perf_hooks';
import { DatasetEnvelopeSchema, EventSchema } from '../src/data/dataset-schema';
import {
  CohortSchema,
  Format2EnvelopeSchema,
  Format2EventSchema,
} from '../src/data/format2-schema';
import { fastRecords } from '../src/data/records';
import { parseDatasetLazily } from '../src/data/parse-dataset-lazy';
import { upgradeDataset } from '../src/data/upgrade-format1';
import { generateDataset } from './synthetic-dataset';

const SIZES = [1_000, 10_000, 100_000];
const RUNS = 5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function time(run: () => unknown): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Every record through zod, as the loader did before the fast checkers: envelope, then each. */
function zodFormat1(raw: unknown): boolean {
  const envelope = DatasetEnvelopeSchema.safeParse(raw);
  if (!envelope.success) return false;
  return envelope.data.events.every((event) => EventSchema.safeParse(event).success);
}

function zodFormat2(raw: unknown): boolean {
  const envelope = Format2EnvelopeSchema.safeParse(raw);
  if (!envelope.success) return false;
  const events = envelope.data.events.every((event) => Format2EventSchema.safeParse(event).success);
  const cohorts = (envelope.data.cohorts ?? []).every((c) => CohortSchema.safeParse(c).success);
  return events && cohorts;
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`.padStart(9);

console.log('format  events    zod      fast    zod÷fast   whole check (fast path)');
for (const events of SIZES) {
  const { dataset, article } = generateDataset({ events, seed: 1, articleFile: 'a.txt' });
  // As the loader gets it: a fresh parse of the JSON, not the generator's objects.
  const format1: unknown = JSON.parse(JSON.stringify(dataset));
  const format2: unknown = JSON.parse(JSON.stringify(upgradeDataset(dataset)));
  const texts = new Map([['article', { status: 'loaded' as const, text: article }]]);
  const rows = [
    { format: 1, raw: format1, zod: zodFormat1, given: article },
    { format: 2, raw: format2, zod: zodFormat2, given: texts },
  ];
  for (const { format, raw, zod, given } of rows) {
    if (!zod(raw)) throw new Error(`zod refused the synthetic format ${format} dataset`);
    const zodMs = await time(() => zod(raw));
    const fastMs = await time(() => fastRecords(raw, format === 1 ? 1 : 2));
    const wholeMs = await time(() => parseDatasetLazily(raw, given));
    const ratio = `${(zodMs / fastMs).toFixed(1)}×`.padStart(8);
    console.log(
      `   ${format}   ${String(events).padStart(7)} ${ms(zodMs)} ${ms(fastMs)}  ${ratio}   ${ms(wholeMs)}`,
    );
  }
}
