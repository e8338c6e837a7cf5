/**
 * Authoring aid: finds every claim's quote in its source's stored text and writes the offsets
 * (and a prefix and suffix where the words occur more than once), so nobody counts characters.
 * The quote is written as the text has it, so whitespace typed differently is corrected too.
 *   npm run data:anchor -- data/timeline.json [more.json …]
 * Exits non-zero, writing nothing, when any quote cannot be placed, naming each.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { anchorQuote, indexText } from '../src/data/anchor-quote';
import type { IndexedText } from '../src/data/anchor-quote';

interface LooseClaim {
  source?: unknown;
  quote?: { exact?: unknown; prefix?: unknown; suffix?: unknown; start?: unknown; end?: unknown };
}

interface LooseFile {
  format?: unknown;
  sources?: { id?: unknown; text?: unknown }[];
  events?: { id?: unknown; claims?: LooseClaim[] }[];
}

/** The file's quotes anchored in place; each problem as "events[i].claims[j].quote: …". */
export function anchorDataset(file: LooseFile, readText: (path: string) => string): string[] {
  if (file.format !== 2)
    return ['format: only format 2 files are anchored (npm run data:upgrade first)'];
  const texts = new Map<string, IndexedText>();
  for (const source of file.sources ?? []) {
    if (typeof source.id === 'string' && typeof source.text === 'string') {
      texts.set(source.id, indexText(readText(source.text)));
    }
  }
  const problems: string[] = [];
  (file.events ?? []).forEach((event, i) => {
    (event.claims ?? []).forEach((claim, j) => {
      const where = `events[${i}].claims[${j}].quote`;
      const text = typeof claim.source === 'string' ? texts.get(claim.source) : undefined;
      const quote = claim.quote;
      if (!text || !quote || typeof quote.exact !== 'string') return;
      const anchored = anchorQuote(text, {
        exact: quote.exact,
        prefix: typeof quote.prefix === 'string' ? quote.prefix : undefined,
        suffix: typeof quote.suffix === 'string' ? quote.suffix : undefined,
      });
      if (!anchored.ok) {
        problems.push(`${where}.${anchored.field}: ${anchored.problem}`);
        return;
      }
      claim.quote = {
        exact: anchored.exact,
        ...(anchored.prefix !== undefined ? { prefix: anchored.prefix } : {}),
        ...(anchored.suffix !== undefined ? { suffix: anchored.suffix } : {}),
        start: anchored.start,
        end: anchored.end,
      };
    });
  });
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  let failed = false;
  for (const path of process.argv.slice(2)) {
    const file = JSON.parse(readFileSync(path, 'utf8')) as LooseFile;
    const problems = anchorDataset(file, (text) =>
      readFileSync(resolve(dirname(path), text), 'utf8'),
    );
    if (problems.length > 0) {
      failed = true;
      console.error(`${path}:\n  ${problems.join('\n  ')}`);
      continue;
    }
    writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
    console.log(`${path}: every stored quote anchored`);
  }
  process.exitCode = failed ? 1 : 0;
}
