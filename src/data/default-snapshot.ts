import type { Dataset } from '../domain/types';

/** The id of the `<script type="application/json">` that carries the default dataset's snapshot. */
export const SNAPSHOT_ELEMENT_ID = 'ct-default-dataset';

/** One file the build read, by its address relative to the page, and its SHA-256 (hex). */
export interface FileDigest {
  readonly path: string;
  readonly sha256: string;
}

/**
 * The default dataset as the build checked it: the normalised model (so the page neither fetches
 * nor validates it before drawing) and the digests of the files it was derived from (so the page
 * can tell, after drawing, whether the files it is served beside are still those).
 */
export interface DefaultSnapshot {
  readonly files: readonly FileDigest[];
  readonly dataset: Dataset;
}

/** The snapshot as the text of a JSON script element: no `<` can close the element early. */
export function serializeSnapshot(snapshot: DefaultSnapshot): string {
  return JSON.stringify(snapshot).replace(/</g, '\\u003c');
}

/**
 * The page's snapshot, or null where the page has none (the dev server, an old build). It was
 * written by this app's own build from a dataset the build validated: it is not validated again.
 */
export function readSnapshot(doc: Document): DefaultSnapshot | null {
  const text = doc.getElementById(SNAPSHOT_ELEMENT_ID)?.textContent;
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isSnapshot(value) ? value : null;
  } catch {
    return null;
  }
}

function isSnapshot(value: unknown): value is DefaultSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  return 'files' in value && Array.isArray(value.files) && 'dataset' in value;
}

export async function sha256Hex(bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Whether the files now served beside the page are the ones the snapshot was built from:
 * `changed` (or no way to tell: a page outside a secure context has no SubtleCrypto) means the
 * dataset must be loaded and checked as any other; `unknown` (the network failed) keeps the
 * snapshot, which was right when the page was built.
 */
export async function compareSnapshot(
  snapshot: DefaultSnapshot,
  pageHref: string,
  signal: AbortSignal,
): Promise<'same' | 'changed' | 'unknown'> {
  if (typeof crypto === 'undefined' || !('subtle' in crypto)) return 'changed';
  try {
    const answers = await Promise.all(
      snapshot.files.map(async ({ path, sha256 }) => {
        const response = await fetch(new URL(path, pageHref), { signal, cache: 'no-cache' });
        if (!response.ok) return false;
        return (await sha256Hex(await response.arrayBuffer())) === sha256;
      }),
    );
    return answers.every(Boolean) ? 'same' : 'changed';
  } catch {
    return 'unknown';
  }
}
