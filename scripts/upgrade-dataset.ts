/**
 * Writes a format 1 dataset as format 2, adding nothing the file does not say:
 *   npm run data:upgrade -- in.json > out.json
 * The file is checked against format 1's schema first, so a broken field is named, not carried
 * over; a file already in format 2 is refused. Quotes keep their offsets: `npm run data:check`
 * then checks them against the article, as it does any format 2 file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DatasetSchema } from '../src/data/dataset-schema';
import { formatIssues } from '../src/data/format-issues';
import { readFormat } from '../src/data/parse-dataset';
import { upgradeDataset } from '../src/data/upgrade-format1';

export function upgradeText(
  json: string,
): { ok: true; text: string } | { ok: false; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [`not valid JSON (${String(error)})`] };
  }
  const format = readFormat(raw);
  if (format !== 1) {
    return { ok: false, problems: [format === 2 ? 'the file is already format 2' : format] };
  }
  const parsed = DatasetSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: formatIssues(parsed.error) };
  return { ok: true, text: `${JSON.stringify(upgradeDataset(parsed.data), null, 2)}\n` };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const [path] = process.argv.slice(2);
  if (!path) {
    console.error('usage: npm run data:upgrade -- in.json > out.json');
    process.exit(2);
  }
  const outcome = upgradeText(readFileSync(path, 'utf8'));
  if (!outcome.ok) {
    console.error(`${path}:\n  ${outcome.problems.join('\n  ')}`);
    process.exit(1);
  }
  process.stdout.write(outcome.text);
}
