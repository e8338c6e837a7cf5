/**
 * The article's format 1 dataset (e2e/fixtures/article-format1/, kept as it was when the bundled
 * dataset moved to format 2) as plain JSON values, and small path helpers to break it: every bad
 * case is a mutation of that real data, and a path that no longer exists throws instead of
 * silently breaking nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
type Path = readonly (string | number)[];

const FORMAT1_DIR = resolve(import.meta.dirname, '../fixtures/article-format1');

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
  const base = toJson(JSON.parse(readBaseText()));
  if (!isObject(base)) throw new Error('the format 1 fixture is not an object');
  return base;
}

/** The format 1 fixture as its file holds it. */
export function readBaseText(): string {
  return readFileSync(resolve(FORMAT1_DIR, 'timeline.json'), 'utf8');
}

/** Where the article of the format 1 fixture is, served beside every case as `article.txt`. */
export const ARTICLE_PATH = resolve(FORMAT1_DIR, 'article.txt');

export function readArticle(): string {
  return readFileSync(ARTICLE_PATH, 'utf8');
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

/** The real dataset, edited. */
export function mutate(edit: (d: JsonObject) => void): JsonObject {
  const d = readBase();
  edit(d);
  return d;
}

export const pretty = (value: Json): string => `${JSON.stringify(value, null, 2)}\n`;

/** The real dataset, edited, as the committed files are written: indented, with a newline. */
export function edited(edit: (d: JsonObject) => void): string {
  return pretty(mutate(edit));
}

/** Facts of the real dataset that the expected messages quote. */
const BASE = readBase();

export const ids: readonly string[] = events(BASE).map((_, i) => str(BASE, ['events', i, 'id']));

export function idOf(index: number): string {
  return str(BASE, ['events', index, 'id']);
}

/** A field of event `index` in the real dataset, e.g. `baseNumber(0, 'quotes', 0, 'start')`. */
export function baseNumber(index: number, ...path: Path): number {
  return num(BASE, ['events', index, ...path]);
}

export function baseString(index: number, ...path: Path): string {
  return str(BASE, ['events', index, ...path]);
}
