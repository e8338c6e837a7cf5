import { DatasetLoadError } from './load-error';
import { FETCH_TIMEOUT_MS } from './read-body';

/**
 * fetch with a timeout on the wait for headers; failures become DatasetLoadErrors that say what
 * happened. The body's own silence is `readBytes`'s to time: a timer here would cut off a slow
 * download that is still arriving.
 */
export async function fetchResponse(url: string, signal: AbortSignal): Promise<Response> {
  const silence = new AbortController();
  const timer = setTimeout(() => {
    silence.abort();
  }, FETCH_TIMEOUT_MS);
  try {
    return await fetch(url, {
      signal: AbortSignal.any([signal, silence.signal]),
      credentials: 'same-origin',
    });
  } catch (error) {
    if (signal.aborted) throw error;
    if (silence.signal.aborted) {
      throw new DatasetLoadError({
        kind: 'timeout',
        url,
        seconds: FETCH_TIMEOUT_MS / 1000,
        received: null,
      });
    }
    throw new DatasetLoadError({ kind: 'network', url, detail: String(error) });
  } finally {
    clearTimeout(timer);
  }
}
