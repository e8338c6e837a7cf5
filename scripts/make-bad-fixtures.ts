/**
 * Writes the corpus of broken datasets that `e2e/bad-data.spec.ts` loads, each named for what it
 * breaks. Most are mutations of `data/timeline.json`, so they follow the real data when it changes:
 *   npx tsx scripts/make-bad-fixtures.ts
 * The two big inputs (1 MB strings, a 20 MB file) are not committed: the spec builds them at run
 * time with `megabyteStrings()` and `twentyMegabytes()` from this module.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Path = readonly (string | number)[];

const ROOT = resolve(import.meta.dirname, '..');
export const BAD_DIR = resolve(ROOT, 'e2e/fixtures/bad');

/** An own property even for `__proto__`, which plain assignment would turn into a prototype. */
function define(target: JsonObject, key: string, value: Json): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `unknown` (from JSON.parse) → `Json`, checked: no cast, and a clear throw on anything else. */
export function toJson(value: unknown): Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    const out: JsonObject = {};
    for (const [key, item] of Object.entries(value)) define(out, key, toJson(item));
    return out;
  }
  throw new Error(`not a JSON value: ${typeof value}`);
}

export function readBase(): JsonObject {
  const base = toJson(JSON.parse(readFileSync(resolve(ROOT, 'data/timeline.json'), 'utf8')));
  if (!isObject(base)) throw new Error('data/timeline.json is not an object');
  return base;
}

export function readArticle(): string {
  return readFileSync(resolve(ROOT, 'data/article.txt'), 'utf8');
}

/** The value at `path`; throws when the real dataset no longer has it, so drift is loud. */
export function get(root: Json, path: Path): Json {
  let node: Json = root;
  for (const key of path) {
    const next: Json | undefined =
      typeof key === 'number'
        ? Array.isArray(node)
          ? node[key]
          : undefined
        : isObject(node)
          ? node[key]
          : undefined;
    if (next === undefined) throw new Error(`no value at ${path.join('.')}`);
    node = next;
  }
  return node;
}

function parentOf(root: Json, path: Path): [Json, string | number] {
  const key = path.at(-1);
  if (key === undefined) throw new Error('empty path');
  return [get(root, path.slice(0, -1)), key];
}

export function set(root: Json, path: Path, value: Json): void {
  const [parent, key] = parentOf(root, path);
  if (typeof key === 'number' && Array.isArray(parent)) parent[key] = value;
  else if (typeof key === 'string' && isObject(parent)) define(parent, key, value);
  else throw new Error(`cannot set ${path.join('.')}`);
}

export function remove(root: Json, path: Path): void {
  const [parent, key] = parentOf(root, path);
  get(root, path);
  if (typeof key === 'number' && Array.isArray(parent)) parent.splice(key, 1);
  else if (typeof key === 'string' && isObject(parent)) Reflect.deleteProperty(parent, key);
  else throw new Error(`cannot remove ${path.join('.')}`);
}

export function str(root: Json, path: Path): string {
  const value = get(root, path);
  if (typeof value !== 'string') throw new Error(`${path.join('.')} is not a string`);
  return value;
}

export function num(root: Json, path: Path): number {
  const value = get(root, path);
  if (typeof value !== 'number') throw new Error(`${path.join('.')} is not a number`);
  return value;
}

export function events(root: Json): Json[] {
  const list = get(root, ['events']);
  if (!Array.isArray(list)) throw new Error('events is not an array');
  return list;
}

function mutate(edit: (d: JsonObject) => void): JsonObject {
  const d = readBase();
  edit(d);
  return d;
}

const pretty = (value: Json): string => `${JSON.stringify(value, null, 2)}\n`;

/** How deep `deep-nesting.json` nests an array and an object. */
export const DEPTH = 10_000;

/** One payload per field, each naming its field so a test can find it rendered as text. */
export function payload(field: string): string {
  return `<img src=x onerror=__pwned=1><script>__pwned=2</script>${field}`;
}

/** Appended to the real article for `html-payloads`: quotes must stand verbatim in it. */
export const PAYLOAD_PARAGRAPH =
  '<script>window.__pwned="article"</script><iframe src="javascript:parent.__pwned=1"></iframe><svg onload="window.__pwned=2"> said the markup.';

export const ZWSP = '\u200B';
export const RLO = '\u202E';
export const PDF = '\u202C';

/** File name → file body. The keys are the names under e2e/fixtures/bad/. */
export function buildBadFixtures(): Record<string, string> {
  const text = readFileSync(resolve(ROOT, 'data/timeline.json'), 'utf8');
  const article = readArticle();
  const files: Record<string, string> = {};
  const add = (name: string, value: Json) => {
    files[name] = pretty(value);
  };

  // --- The body is not a dataset at all ---
  files['not-json-truncated.json'] = text.slice(0, 400);
  files['empty-body.json'] = '';
  files['html-error-page-200.html'] =
    '<!doctype html>\n<html><head><title>Server error</title></head><body><h1>500 Internal Server Error</h1><p>nginx</p></body></html>\n';
  add('top-level-array.json', [readBase()]);
  add('top-level-null.json', null);
  add('top-level-string.json', 'timeline');

  // --- The envelope is wrong: nothing can be drawn ---
  add(
    'events-not-array.json',
    mutate((d) => {
      d.events = { 0: get(d, ['events', 0]) };
    }),
  );
  add(
    'envelope-fields-invalid.json',
    mutate((d) => {
      set(d, ['source', 'published'], '2023-13-45');
      set(d, ['source', 'url'], 'not a url');
      d.attributions = [];
      d.version = 2;
    }),
  );

  // --- Single events are wrong: the others are drawn ---
  add(
    'missing-required-fields.json',
    mutate((d) => {
      remove(d, ['events', 0, 'id']);
      remove(d, ['events', 1, 'kind']);
      remove(d, ['events', 2, 'date']);
      remove(d, ['events', 3, 'title']);
      remove(d, ['events', 4, 'quotes']);
      remove(d, ['events', 5, 'summary']);
      remove(d, ['events', 6, 'people']);
    }),
  );
  add(
    'unknown-kind.json',
    mutate((d) => {
      set(d, ['events', 0, 'kind'], 'execution');
      set(d, ['events', 9, 'kind'], 'Release');
    }),
  );
  add(
    'invalid-edtf.json',
    mutate((d) => {
      const dates = ['2020-13', '../..', '[2020,2021]', '/2023', '2023-02-30', '', 'Y300000'];
      dates.forEach((date, i) => {
        set(d, ['events', i, 'date'], date);
      });
      set(d, ['events', 7, 'date'], '2024/2020');
      set(d, ['events', 8, 'date'], '2023-02-29');
    }),
  );
  add(
    'offsets-shifted.json',
    mutate((d) => {
      set(d, ['events', 0, 'quotes', 0, 'start'], num(d, ['events', 0, 'quotes', 0, 'start']) + 1);
      set(d, ['events', 0, 'quotes', 0, 'end'], num(d, ['events', 0, 'quotes', 0, 'end']) + 1);
    }),
  );
  add(
    'offsets-wrong-length.json',
    mutate((d) => {
      set(d, ['events', 1, 'quotes', 0, 'end'], num(d, ['events', 1, 'quotes', 0, 'end']) + 5);
    }),
  );
  add(
    'quote-end-past-article.json',
    mutate((d) => {
      const quote = ['events', 3, 'quotes', 0];
      const length = Array.from(str(d, [...quote, 'text'])).length;
      set(d, [...quote, 'end'], 5000);
      set(d, [...quote, 'start'], 5000 - length);
    }),
  );
  add(
    'quote-not-in-article.json',
    mutate((d) => {
      const path = ['events', 0, 'quotes', 0, 'text'];
      set(d, path, str(d, path).replace('APA', 'AFP'));
    }),
  );
  add(
    'duplicate-ids.json',
    mutate((d) => {
      set(d, ['events', 1, 'id'], str(d, ['events', 0, 'id']));
      events(d).push(structuredClone(get(d, ['events', 9])));
    }),
  );
  add(
    'unknown-attribution.json',
    mutate((d) => {
      set(d, ['events', 0, 'quotes', 0, 'attribution'], 'nobody');
      set(d, ['events', 4, 'quotes', 1, 'attribution'], 'APA');
    }),
  );
  add(
    'negative-counts.json',
    mutate((d) => {
      set(d, ['events', 1, 'people', 'count'], -6);
      set(d, ['events', 5, 'sentence_length', 'years'], -1);
      set(d, ['events', 3, 'people', 'min'], -1);
    }),
  );
  add(
    'fractional-counts.json',
    mutate((d) => {
      set(d, ['events', 1, 'people', 'count'], 6.5);
      set(d, ['events', 3, 'people', 'max'], 64.25);
      // Years may be fractional (two and a half years is a sentence): this one stays valid.
      set(d, ['events', 5, 'sentence_length', 'years'], 2.5);
    }),
  );
  add(
    'numbers-as-strings.json',
    mutate((d) => {
      set(d, ['events', 1, 'people', 'count'], '6');
      set(
        d,
        ['events', 0, 'quotes', 0, 'start'],
        String(num(d, ['events', 0, 'quotes', 0, 'start'])),
      );
      set(d, ['events', 0, 'quotes', 0, 'end'], String(num(d, ['events', 0, 'quotes', 0, 'end'])));
      set(d, ['events', 5, 'sentence_length', 'years'], 'six');
    }),
  );
  // 1e400 is Infinity once parsed; 1e20 is past the safe integers; 2^53−1 is allowed and drawn.
  files['huge-numbers.json'] = pretty(
    mutate((d) => {
      set(d, ['events', 1, 'people', 'count'], 123456789);
      set(d, ['events', 3, 'people', 'count'], 1e20);
      set(d, ['events', 9, 'people', 'count'], Number.MAX_SAFE_INTEGER);
    }),
  ).replace('"count": 123456789', '"count": 1e400');
  add(
    'qualifier-mismatch.json',
    mutate((d) => {
      set(d, ['events', 0, 'people', 'qualifier'], 'exact');
      set(d, ['events', 1, 'people', 'qualifier'], 'some');
      set(d, ['events', 3, 'people', 'min'], 70);
      set(d, ['events', 3, 'people', 'max'], 60);
    }),
  );
  add(
    'kind-rules.json',
    mutate((d) => {
      set(d, ['events', 9, 'sentence_length'], { years: 1, qualifier: 'exact' });
      set(d, ['events', 8, 'kind'], 'release');
    }),
  );
  add(
    'unknown-keys.json',
    mutate((d) => {
      const notes = get(d, ['events', 0, 'notes']);
      remove(d, ['events', 0, 'notes']);
      set(d, ['events', 0, 'note'], notes);
      set(d, ['events', 1, 'people', 'number'], 6);
    }),
  );
  add(
    'too-many-quotes.json',
    mutate((d) => {
      const quote = get(d, ['events', 9, 'quotes', 0]);
      set(
        d,
        ['events', 9, 'quotes'],
        Array.from({ length: 51 }, () => structuredClone(quote)),
      );
    }),
  );
  add(
    'all-events-invalid.json',
    mutate((d) => {
      events(d).forEach((_, i) => {
        set(d, ['events', i, 'date'], '2023-12-32');
      });
    }),
  );
  add(
    'empty-events.json',
    mutate((d) => {
      d.events = [];
    }),
  );
  add(
    'article-missing.json',
    mutate((d) => {
      set(d, ['source', 'article'], 'no-such-article.txt');
    }),
  );
  add(
    'article-other-origin.json',
    mutate((d) => {
      set(d, ['source', 'article'], 'https://evil.example/article.txt');
    }),
  );
  add(
    'article-url-unparseable.json',
    mutate((d) => {
      set(d, ['source', 'article'], 'http://[::1');
    }),
  );

  // --- Hostile shapes and characters ---
  // Compact: indenting 10,000 levels would cost 100 MB of spaces.
  // Written as text: JSON.stringify recurses and would overflow the stack at this depth.
  // Compact: indenting 10,000 levels would cost 100 MB of spaces.
  files['deep-nesting.json'] = `${JSON.stringify(
    mutate((d) => {
      set(d, ['events', 0, 'notes'], ['DEEP_ARRAY']);
      set(d, ['events', 1, 'people'], 'DEEP_OBJECT');
    }),
  )
    .replace('"DEEP_ARRAY"', `${'['.repeat(DEPTH)}"deep"${']'.repeat(DEPTH)}`)
    .replace('"DEEP_OBJECT"', `${'{"count":'.repeat(DEPTH)}6${'}'.repeat(DEPTH)}`)}\n`;
  add(
    'proto-keys.json',
    mutate((d) => {
      set(d, ['events', 0, '__proto__'], { polluted: 'yes' });
      set(d, ['events', 1, 'people', 'constructor'], { prototype: { polluted: 'yes' } });
    }),
  );
  add(
    'zero-width-and-rtl.json',
    mutate((d) => {
      // A zero-width space inside an id, and inside a quote (no longer verbatim).
      set(d, ['events', 0, 'id'], `capture-near${ZWSP}-hadrut`);
      const quote = ['events', 1, 'quotes', 0, 'text'];
      set(d, quote, str(d, quote).replace('border', `bor${ZWSP}der`));
      set(d, ['events', 1, 'quotes', 0, 'end'], num(d, ['events', 1, 'quotes', 0, 'end']) + 1);
      // Right-to-left override, Arabic and Hebrew, a lone surrogate: valid text, drawn as is.
      set(d, ['events', 9, 'title'], `${RLO}Azerbaijan releases 32${PDF} — أذربيجان — אזרבייג'ן`);
      set(d, ['events', 10, 'place'], `\uD800 lone surrogate`);
    }),
  );
  add(
    'invisible-title.json',
    mutate((d) => {
      // Only zero-width characters: String.trim keeps them, so "must not be empty" passes.
      set(d, ['events', 9, 'title'], `${ZWSP}\u200C\u200D\u2060`);
    }),
  );
  add(
    'year-0-and-9999.json',
    mutate((d) => {
      set(d, ['events', 0, 'date'], '0000');
      set(d, ['events', 1, 'date'], '9999-12-31');
      set(d, ['events', 2, 'date'], '0000/9999');
      set(d, ['events', 3, 'date'], '-0001-06');
      set(d, ['events', 4, 'date'], 'Y-300000');
      set(d, ['events', 5, 'date'], 'Y10000');
      set(d, ['events', 6, 'date'], '20231208');
    }),
  );
  add(
    'control-characters.json',
    mutate((d) => {
      // A bell in a title made the SVG export invalid XML; an escape sequence in a summary.
      set(d, ['events', 9, 'title'], `${str(d, ['events', 9, 'title'])}\u0007`);
      set(d, ['events', 2, 'summary'], `\u001B[31m${str(d, ['events', 2, 'summary'])}`);
      // Tab and newline are text, and stay allowed.
      set(d, ['events', 3, 'summary'], `${str(d, ['events', 3, 'summary'])}\n\tend`);
    }),
  );
  add(
    'count-outside-bounds.json',
    mutate((d) => {
      // 32 released, yet "at most 30"; 64 captured, yet "at least 70".
      set(d, ['events', 9, 'people', 'max'], 30);
      set(d, ['events', 3, 'people', 'min'], 70);
    }),
  );
  add(
    'source-url-javascript.json',
    mutate((d) => {
      set(d, ['source', 'url'], 'javascript:alert(document.domain)');
    }),
  );
  add(
    'time-without-offset.json',
    mutate((d) => {
      set(d, ['events', 9, 'date'], '2023-12-08T02:30:00');
    }),
  );

  // --- Every text field holds markup: it must show as text, never run ---
  files['html-payloads.article.txt'] = `${article}\n\n${PAYLOAD_PARAGRAPH}`;
  add(
    'html-payloads.json',
    mutate((d) => {
      const start = Array.from(`${article}\n\n`).length;
      set(d, ['source', 'article'], 'html-payloads.article.txt');
      for (const field of ['title', 'publisher', 'section']) {
        set(d, ['source', field], payload(`source.${field}`));
      }
      const attributions = get(d, ['attributions']);
      if (!Array.isArray(attributions)) throw new Error('attributions is not an array');
      attributions.forEach((_, i) => {
        set(d, ['attributions', i, 'label'], payload(`attributions[${i}].label`));
        set(d, ['attributions', i, 'description'], payload(`attributions[${i}].description`));
      });
      const target = ['events', 9];
      for (const field of ['title', 'summary', 'place']) {
        set(d, [...target, field], payload(field));
      }
      set(d, [...target, 'notes'], [payload('notes[0]')]);
      set(d, [...target, 'people', 'held_by'], payload('people.held_by'));
      set(d, [...target, 'people', 'nationality'], payload('people.nationality'));
      set(d, [...target, 'quotes', 0], {
        text: PAYLOAD_PARAGRAPH,
        start,
        end: start + Array.from(PAYLOAD_PARAGRAPH).length,
        attribution: 'outlet',
      });
      // Fields that cannot hold markup echo it back in the skipped list, still as text.
      set(d, ['events', 0, 'id'], '<img src=x onerror="window.__pwned=\'id\'">');
      set(d, ['events', 1, 'date'], '<script>window.__pwned="date"</script>');
      set(d, ['events', 2, '<b onmouseover="window.__pwned=1">key</b>'], 'x');
    }),
  );
  return files;
}

// --- Built at run time by the spec: too big to commit ---

const MB = 1024 * 1024;

/** Event fields that each hold a 1 MB string; the envelope is left valid. */
export const MEGABYTE_FIELDS = [
  ['title'],
  ['summary'],
  ['place'],
  ['notes', 0],
  ['date'],
  ['id'],
  ['quotes', 0, 'text'],
  ['people', 'held_by'],
] as const;

export function megabyteStrings(): string {
  const d = readBase();
  MEGABYTE_FIELDS.forEach((field, i) => {
    set(d, ['events', i, ...field], 'x'.repeat(MB));
  });
  return JSON.stringify(d);
}

/** A valid file whose first event has one unknown key, its name 1 MiB long. */
export function megabyteKey(): string {
  const d = readBase();
  set(d, ['events', 0, 'k'.repeat(MB)], 1);
  return JSON.stringify(d);
}

export function megabyteSourceTitle(): string {
  const d = readBase();
  set(d, ['source', 'title'], 'x'.repeat(MB));
  return JSON.stringify(d);
}

export interface BigDataset {
  readonly body: string;
  /** Events the loader should draw. */
  readonly valid: number;
  readonly skipped: number;
}

/**
 * About `bytes` of JSON: the real events, then copies of them with fresh ids until the size is
 * reached; every `invalidEvery`-th copy gets an unknown kind, so it is skipped.
 */
export function bigDataset(bytes: number, invalidEvery: number): BigDataset {
  const d = readBase();
  const list = events(d);
  const originals = list.map((e) => structuredClone(e));
  const perEvent = JSON.stringify(originals).length / originals.length;
  const copies = Math.ceil((bytes - JSON.stringify(d).length) / perEvent);
  let skipped = 0;
  for (let n = 0; n < copies; n++) {
    const copy = structuredClone(get(originals, [n % originals.length]));
    set(copy, ['id'], `${str(copy, ['id'])}-copy-${n}`);
    if ((n + 1) % invalidEvery === 0) {
      set(copy, ['kind'], 'unknown-kind');
      skipped++;
    }
    list.push(copy);
  }
  return { body: JSON.stringify(d), valid: list.length - skipped, skipped };
}

function main(): void {
  mkdirSync(BAD_DIR, { recursive: true });
  const files = buildBadFixtures();
  for (const name of readdirSync(BAD_DIR)) {
    if (!(name in files)) rmSync(resolve(BAD_DIR, name));
  }
  for (const [name, body] of Object.entries(files)) {
    writeFileSync(resolve(BAD_DIR, name), body);
  }
  console.log(`wrote ${Object.keys(files).length} files to e2e/fixtures/bad/`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
