/**
 * Writes a synthetic dataset (scripts/synthetic-dataset.ts) and its article to disk:
 *   npm run gen:data -- --events 1000 --seed 1 [--out bench/out/synthetic-1000.json]
 * Writes <out>.json and, beside it, the article file that `source.article` names.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { generateDataset } from './synthetic-dataset';
import type { Generated } from './synthetic-dataset';

export interface Written extends Generated {
  readonly jsonPath: string;
  readonly articlePath: string;
  readonly jsonBytes: number;
  readonly articleBytes: number;
}

/** `out` with `.json` (added if missing); the article is `<name>.article.txt` beside it. */
export function writeDataset(events: number, seed: number, out: string): Written {
  const jsonPath = resolve(out.endsWith('.json') ? out : `${out}.json`);
  const articleName = `${basename(jsonPath, '.json')}.article.txt`;
  const { dataset, article } = generateDataset({ events, seed, articleFile: articleName });
  const json = JSON.stringify(dataset);
  const articlePath = join(dirname(jsonPath), articleName);
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, json);
  writeFileSync(articlePath, article);
  return {
    dataset,
    article,
    jsonPath,
    articlePath,
    jsonBytes: json.length,
    articleBytes: article.length,
  };
}

function parseArgs(argv: readonly string[]): { events: number; seed: number; out: string | null } {
  const args = { events: 1000, seed: 1, out: null as string | null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--events' || flag === '--seed' || flag === '--out') {
      if (value === undefined) throw new Error(`${flag} needs a value`);
      i++;
      if (flag === '--out') {
        args.out = value;
      } else {
        const number = Number(value);
        if (!Number.isInteger(number) || number < 0) {
          throw new Error(`${flag} must be a whole number, got "${value}"`);
        }
        if (flag === '--events') args.events = number;
        else args.seed = number;
      }
    } else {
      throw new Error(`unknown argument "${String(flag)}"; use --events N --seed S [--out path]`);
    }
  }
  return args;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    const { events, seed, out } = parseArgs(process.argv.slice(2));
    const started = performance.now();
    const target = out ?? resolve(import.meta.dirname, `../bench/out/synthetic-${events}.json`);
    const written = writeDataset(events, seed, target);
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
    console.log(
      `wrote ${written.jsonPath} (${events} events, ${mb(written.jsonBytes)}) and ` +
        `${basename(written.articlePath)} (${mb(written.articleBytes)}) in ` +
        `${Math.round(performance.now() - started)} ms`,
    );
  } catch (error) {
    console.error(`gen:data: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
