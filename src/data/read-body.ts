import { DatasetLoadError } from './load-error';
import { reportProgress } from './load-progress';

/**
 * Largest dataset body accepted: 256 MiB, about four times a 100,000-event file in our format,
 * and far below what would exhaust a tab. Larger files are refused before they are parsed.
 */
export const MAX_DATASET_BYTES = 256 * 1024 * 1024;
/**
 * A request that has sent nothing for this long (no headers, or no next chunk of the body) is
 * abandoned, then retried. Silence, not duration: a large file on a slow line keeps coming.
 */
export const FETCH_TIMEOUT_MS = 60_000;
/** Progress is reported at most this often: a re-render per 64 KB chunk would cost more than it shows. */
const PROGRESS_INTERVAL_MS = 50;

/** The body's size as the server declares it (Content-Length); null when absent or unreadable. */
export function declaredLength(response: Response): number | null {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  return Number.isFinite(declared) && declared > 0 ? declared : null;
}

/**
 * The body's size as it will arrive, from Content-Length; null when unknown. A compressed
 * response (Content-Encoding gzip, br…) declares its compressed size, while the stream yields
 * decoded bytes: its length says nothing about the total, and progress against it would run
 * past 100%.
 */
export function decodedLength(response: Response): number | null {
  const encoding = (response.headers.get('content-encoding') ?? '').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity') return null;
  return declaredLength(response);
}

/** What `readBytes` needs besides the response; every field has the loader's default. */
export interface ReadOptions {
  readonly maxBytes?: number;
  readonly onBytes?: (received: number) => void;
  /** The longest wait for the next chunk: silence, not the whole download, is what times out. */
  readonly silenceMs?: number;
  /** The caller's own abort (react-query cancelling): passed on untouched, not reported. */
  readonly signal?: AbortSignal;
}

/** A stream read that gives up after `ms` without a chunk, cancelling the body. */
async function readWithin(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  ms: number,
): Promise<ReadableStreamReadResult<Uint8Array> | 'silent'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<'silent'>((resolve) => {
    timer = setTimeout(() => {
      resolve('silent');
    }, ms);
  });
  try {
    return await Promise.race([reader.read(), silence]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads a response body as bytes with a size cap, reporting bytes received as it goes. The cap
 * is checked against Content-Length first, then against what actually arrives. Bytes, not text:
 * a large file is decoded where it is parsed (a worker), so the page never holds it as a string.
 * A body that sends nothing for `silenceMs` is abandoned; a slow body that keeps coming is not.
 * Every failure of the body names the file.
 */
export async function readBytes(
  response: Response,
  url: string,
  { maxBytes = MAX_DATASET_BYTES, onBytes, silenceMs = FETCH_TIMEOUT_MS, signal }: ReadOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  // Refused early on any declared length: a compressed body this large decodes larger still.
  const declared = declaredLength(response);
  if (declared !== null && declared > maxBytes) {
    await response.body?.cancel();
    throw new DatasetLoadError({ kind: 'too-large', url, bytes: declared, limit: maxBytes });
  }
  const total = decodedLength(response);
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  let reported = 0;
  for (;;) {
    let result: ReadableStreamReadResult<Uint8Array> | 'silent';
    try {
      result = await readWithin(reader, silenceMs);
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new DatasetLoadError({ kind: 'interrupted', url, received, detail: String(error) });
    }
    if (result === 'silent') {
      // Not awaited: a stream that ignores the cancel must not keep the loader waiting too.
      reader.cancel().catch(() => undefined);
      throw new DatasetLoadError({ kind: 'timeout', url, seconds: silenceMs / 1000, received });
    }
    const { done, value } = result;
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw new DatasetLoadError({ kind: 'too-large', url, bytes: received, limit: maxBytes });
    }
    chunks.push(value);
    onBytes?.(received);
    const now = performance.now();
    if (now - reported >= PROGRESS_INTERVAL_MS) {
      reported = now;
      reportProgress(url, { phase: 'download', received, total });
    }
  }
  reportProgress(url, { phase: 'download', received, total });
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** UTF-8 (a BOM dropped, bad sequences replaced), as `Response.text()` decodes. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/** `readBytes`, decoded: for the article and small files. */
export async function readBody(
  response: Response,
  url: string,
  options: ReadOptions = {},
): Promise<string> {
  return decodeText(await readBytes(response, url, options));
}
