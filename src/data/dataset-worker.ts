/**
 * The dataset worker: JSON parse, validation and normalisation of a large file off the page's
 * thread, so the page keeps answering while 100,000 events are checked. Same code as the
 * main-thread path (parseJsonBody, parseDatasetLazily): only where it runs differs.
 */
import { parseJsonBody, textRequestsOf } from './dataset-body';
import { DatasetLoadError } from './load-error';
import { compareEvents } from './normalize-event';
import { checkDatasetLazily } from './parse-dataset-lazy';
import type { SourceText, TimelineEvent } from '../domain/types';
import type { DatasetFile, FromWorker, ToWorker } from './worker-protocol';

function send(message: FromWorker, transfer: Transferable[] = []): void {
  postMessage(message, { transfer });
}

function compareAt(events: readonly TimelineEvent[], a: number, b: number): number {
  const x = events[a];
  const y = events[b];
  return x && y ? compareEvents(x, y) : 0;
}

let textsArrived: ((texts: ReadonlyMap<string, SourceText>) => void) | null = null;

async function check({ url, base }: DatasetFile, bytes: ArrayBuffer): Promise<void> {
  send({ type: 'progress', progress: { phase: 'parse', bytes: bytes.byteLength } });
  const raw = parseJsonBody(new Uint8Array(bytes), url);
  const requests = textRequestsOf(raw, base, url);
  let texts: ReadonlyMap<string, SourceText> = new Map();
  if (requests.length > 0) {
    const arrived = new Promise<ReadonlyMap<string, SourceText>>((resolve) => {
      textsArrived = resolve;
    });
    send({ type: 'need-texts', requests });
    texts = await arrived;
  }
  const events: TimelineEvent[] = [];
  let posted = 0;
  const outcome = await checkDatasetLazily(
    raw,
    texts,
    (event) => events.push(event),
    (checked, total) => {
      send({ type: 'progress', progress: { phase: 'check', checked, events: total } });
      send({ type: 'events', events: events.slice(posted) });
      posted = events.length;
    },
  );
  if (!outcome.ok) {
    send({ type: 'failed', problem: { kind: 'invalid', url, problems: outcome.problems } });
    return;
  }
  send({ type: 'events', events: events.slice(posted) });
  const order = Uint32Array.from(events.keys());
  order.sort((a, b) => compareAt(events, a, b));
  send({ type: 'done', dataset: outcome.dataset, order }, [order.buffer]);
}

// Messages come only from the page that started this worker, in the protocol's shapes.
addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'texts') {
    textsArrived?.(new Map(message.texts));
    return;
  }
  check(message.file, message.bytes).catch((error: unknown) => {
    if (error instanceof DatasetLoadError) send({ type: 'failed', problem: error.problem });
    else send({ type: 'crashed', message: String(error) });
  });
});
