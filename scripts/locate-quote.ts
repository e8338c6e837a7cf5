/**
 * Authoring aid: prints the quote objects (text, start, end in code points) for passages of the
 * article, so nobody counts offsets by hand. Fails if a passage is missing or occurs twice.
 *   npm run data:locate -- "Some of them were returned to Baku"
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function locateQuote(
  article: string,
  text: string,
): { text: string; start: number; end: number } {
  const first = article.indexOf(text);
  if (first < 0) throw new Error(`not in the article: "${text}"`);
  if (article.indexOf(text, first + 1) >= 0) throw new Error(`occurs more than once: "${text}"`);
  const start = Array.from(article.slice(0, first)).length;
  return { text, start, end: start + Array.from(text).length };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const article = readFileSync(resolve(import.meta.dirname, '../data/article.txt'), 'utf8');
  for (const text of process.argv.slice(2)) {
    console.log(JSON.stringify(locateQuote(article, text)));
  }
}
