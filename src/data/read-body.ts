import { DatasetLoadError } from './load-error';
import { reportProgress } from './load-progress';

/**
 * Largest dataset body accepted: 256 MiB, about four times a 100,000-event file in our format,
 * and far below what would exhaust a tab. Larger files are refused before they are parsed.
 */
export const MAX_DATASET_BYTES = 256 * 1024 * 1024;
/** A dataset request that has sent nothing for this long is abandoned (then retried). */
export const FETCH_TIMEOUT_MS = 60_000;
/** Progress is reported at most this often: a re-render per 64 KB chunk would cost more than it shows. */
const PROGRESS_INTERVAL_MS = 50;

/**
 * The body's size as it will arrive, from Content-Length; null when unknown. A compressed
 * response (Content-Encoding gzip, br…) declares its compressed size, while the stream yields
 * decoded bytes: its length says nothing about the total, and progress against it would run
 * past 100%.
 */
export function decodedLength(response: Response): number | null {
  const encoding = (response.headers.get('content-encoding') ?? '').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity') return null;
  const declared = Number(response.headers.get('content-length'));
  return Number.isFinite(declared) && declared > 0 ? declared : null;
}

/**
 * Reads a response body as bytes with a size cap, reporting bytes received as it goes. The cap
 * is checked against Content-Length first, then against what actually arrives. Bytes, not text:
 * a large file is decoded where it is parsed (a worker), so the page never holds it as a string.
 */
export async function readBytes(
  response: Response,
  url: string,
  maxBytes = MAX_DATASET_BYTES,
  onBytes?: (received: number) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  // Refused early on any declared length: a compressed body this large decodes larger still.
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
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
    const { done, value } = await reader.read();
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
  maxBytes = MAX_DATASET_BYTES,
): Promise<string> {
  return decodeText(await readBytes(response, url, maxBytes));
}
