import type { z } from 'zod';
import { codePointLength } from './format-rules';

/**
 * Longest key name repeated back, in UTF-16 units. A file may hold a key of megabytes; copied
 * into a message it would be sent, stored and laid out whole, and freeze or crash the tab.
 */
const MAX_ECHOED_NAME = 64;
/** Unknown keys of one object named one by one; past this many, the rest are counted. */
const MAX_LISTED_KEYS = 10;

/** The name, or its first characters and "…" (never cutting a surrogate pair in two). */
function echoName(name: string): string {
  if (name.length <= MAX_ECHOED_NAME) return name;
  const cut = /[\uD800-\uDBFF]/.test(name.charAt(MAX_ECHOED_NAME - 1))
    ? MAX_ECHOED_NAME - 1
    : MAX_ECHOED_NAME;
  return `${name.slice(0, cut)}…`;
}

/** `events[3].quotes[0].end` — the path a person would type to find the field. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      // Keys a person could not type after a dot (empty, spaces, quotes…) are shown quoted, and
      // so are names too long to repeat whole.
      if (name.length > MAX_ECHOED_NAME || !/^[A-Za-z_$][\w$]*$/.test(name)) {
        return `[${JSON.stringify(echoName(name))}]`;
      }
      return i === 0 ? name : `.${name}`;
    })
    .join('');
}

function unknownKeys(path: readonly PropertyKey[], keys: readonly string[]): string[] {
  const named = keys.slice(0, MAX_LISTED_KEYS).map((key) => {
    const long = key.length > MAX_ECHOED_NAME;
    const size = long ? ` (a name ${codePointLength(key)} characters long)` : '';
    return `${formatPath([...path, key])}: unknown field${size}`;
  });
  const more = keys.length - named.length;
  if (more === 0) return named;
  const where = formatPath(path);
  const rest = `${more} more unknown ${more === 1 ? 'field' : 'fields'}`;
  return [...named, where ? `${where}: ${rest}` : rest];
}

/** Every issue as "field: what is wrong"; an unknown key is named as the field itself. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') return unknownKeys(issue.path, issue.keys);
    const where = formatPath(issue.path);
    return [where ? `${where}: ${issue.message}` : issue.message];
  });
}

/** The record's `id`, when it has a readable one (a skipped record is named by it). */
export function readId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  const { id } = raw;
  return typeof id === 'string' && id.length > 0 && id.length <= 120 ? id : null;
}
