import type fc from 'fast-check';

/**
 * JSON as the fuzz tests walk it: a parsed file checked into `fc.JsonValue` (never cast), every
 * path in it, and the value at a path — so a mutation can delete or replace anything, anywhere.
 */
export type Json = fc.JsonValue;
export type JsonObject = { [key: string]: Json };
export type Path = readonly (string | number)[];

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `unknown` → `Json`, checked, so the tests never cast what JSON.parse returns. */
export function toJson(value: unknown): Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    const out: JsonObject = {};
    for (const [key, item] of Object.entries(value)) {
      // defineProperty, not assignment: a "__proto__" key stays an ordinary key.
      Object.defineProperty(out, key, { value: toJson(item), enumerable: true, writable: true });
    }
    return out;
  }
  throw new Error(`not JSON: ${typeof value}`);
}

export function childOf(node: Json | undefined, key: string | number): Json | undefined {
  if (typeof key === 'number') return Array.isArray(node) ? node[key] : undefined;
  return isObject(node) && Object.hasOwn(node, key) ? node[key] : undefined;
}

export function at(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path) node = childOf(node, key);
  return node;
}

/** Every path in the document, from the root's children down to its leaves. */
export function pathsOf(node: Json, prefix: Path = []): Path[] {
  const children: [string | number, Json][] = Array.isArray(node)
    ? node.map((child, i) => [i, child])
    : isObject(node)
      ? Object.entries(node)
      : [];
  return children.flatMap(([key, child]) => {
    const path = [...prefix, key];
    return [path, ...pathsOf(child, path)];
  });
}

/** A change at one path: the key deleted, or its value replaced. */
export type PathEdit =
  | { readonly op: 'delete'; readonly path: Path }
  | { readonly op: 'replace'; readonly path: Path; readonly value: Json };

/** Applies one edit in place; a path an earlier edit removed is left alone. */
export function applyPathEdit(root: Json, edit: PathEdit): void {
  const parent = at(root, edit.path.slice(0, -1));
  const key = edit.path.at(-1);
  if (key === undefined || childOf(parent, key) === undefined) return;
  if (Array.isArray(parent) && typeof key === 'number') {
    if (edit.op === 'delete') parent.splice(key, 1);
    else parent[key] = edit.value;
  } else if (isObject(parent) && typeof key === 'string') {
    if (edit.op === 'delete') Reflect.deleteProperty(parent, key);
    else Object.defineProperty(parent, key, { value: edit.value, enumerable: true });
  }
}
