import { DatasetLoadError } from './load-error';
import { reportProgress } from './load-progress';

/**
 * Largest dataset body accepted: 256 MiB, about four times a 100,000-event file in our format,
 * and far below what would exhaust a tab. Larger files are refused before they are parsed.
 */
export const MAX_DATASET_BYTES = 256 * 1024 * 1024;
/** A dataset request that has sent nothing for this long is abandoned (then retried). */
export const FETCH_TIMEOUT_MS = 60_000;

/**
 * Reads a response body as text with a size cap, reporting bytes received as it goes. The cap
 * is checked against Content-Length first, then against what actually arrives.
 */
export async function readBody(
  response: Response,
  url: string,
  maxBytes = MAX_DATASET_BYTES,
): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  const total = Number.isFinite(declared) && declared > 0 ? declared : null;
  if (total !== null && total > maxBytes) {
    await response.body?.cancel();
    throw new DatasetLoadError({ kind: 'too-large', url, bytes: total, limit: maxBytes });
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw new DatasetLoadError({ kind: 'too-large', url, bytes: received, limit: maxBytes });
    }
    parts.push(decoder.decode(value, { stream: true }));
    reportProgress(url, { phase: 'download', received, total });
  }
  parts.push(decoder.decode());
  return parts.join('');
}
