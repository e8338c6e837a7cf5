import { DatasetLoadError } from './load-error';
import { loadTexts } from './load-text';
import { reportProgress } from './load-progress';
import type { DatasetFile, FromWorker, ToWorker } from './worker-protocol';
import type { Dataset, TimelineEvent } from '../domain/types';

/**
 * Starts a dataset worker at once (its script loads while the body still downloads), hands it
 * the file's bytes when they are in, and waits for the dataset. The bytes are transferred, not
 * copied. The stored texts are fetched here, on the page, when the worker asks.
 * An abort (react-query cancelling, a new `?data=`) terminates the worker at once.
 * Its own chunk, as is the worker: small files never fetch their code.
 */
export function parseInWorker(
  body: Promise<Uint8Array<ArrayBuffer>>,
  file: DatasetFile,
  signal: AbortSignal,
): Promise<Dataset> {
  const { url } = file;
  return new Promise((resolve, reject) => {
    const received: TimelineEvent[] = [];
    const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), {
      type: 'module',
      name: 'dataset-checker',
    });
    const finish = (outcome: { dataset: Dataset } | { error: Error }) => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
      if ('dataset' in outcome) resolve(outcome.dataset);
      else reject(outcome.error);
    };
    const onAbort = () => {
      finish({ error: asError(signal.reason) });
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const send = (message: ToWorker, transfer: Transferable[] = []) => {
      worker.postMessage(message, transfer);
    };

    // Our own worker, speaking worker-protocol.ts: its replies have those shapes.
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const reply = event.data;
      switch (reply.type) {
        case 'progress':
          reportProgress(url, reply.progress);
          return;
        case 'need-texts':
          loadTexts(reply.requests, signal).then(
            (texts) => {
              send({ type: 'texts', texts: [...texts] });
            },
            (error: unknown) => {
              finish({ error: asError(error) });
            },
          );
          return;
        case 'events':
          for (const event of reply.events) received.push(event);
          return;
        case 'done': {
          const events: TimelineEvent[] = [];
          for (const at of reply.order) {
            const event = received[at];
            if (event) events.push(event);
          }
          finish({ dataset: { ...reply.dataset, events } });
          return;
        }
        case 'failed':
          finish({ error: new DatasetLoadError(reply.problem) });
          return;
        case 'crashed':
          finish({ error: new Error(`The dataset check failed: ${reply.message}`) });
          return;
      }
    });
    // The worker script failed to load or threw outside a message: worth a retry, like a
    // chunk that failed to load.
    worker.addEventListener('error', (event) => {
      const detail = event.message || 'no detail';
      finish({ error: new Error(`The dataset checker could not run (${detail})`) });
    });
    body.then(
      (bytes) => {
        send({ type: 'parse', file, bytes: bytes.buffer }, [bytes.buffer]);
      },
      (error: unknown) => {
        finish({ error: asError(error) });
      },
    );
  });
}

function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}
