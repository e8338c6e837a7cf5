import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../domain/types';

/** What the worker path was handed, and whether the body had ended by then. */
const handed: { url: string; bodyEnded: boolean }[] = [];
let bodyEnded = false;
vi.mock('./parse-in-worker', () => ({
  parseInWorker: async (bytes: Promise<Uint8Array>, file: { url: string }): Promise<Dataset> => {
    handed.push({ url: file.url, bodyEnded });
    await bytes;
    throw new Error('checked in the worker');
  },
}));
import { WORKER_MIN_BYTES, loadDataset } from './dataset-query';

const URL_ = 'http://x.test/app/data/big.json';

/** A body sent as `chunks` of zeros, whose end waits for `end()`. */
function served(chunks: readonly number[], headers: Record<string, string>) {
  let sending: ReadableStreamDefaultController<Uint8Array> | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const size of chunks) controller.enqueue(new Uint8Array(size));
      sending = controller;
    },
  });
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(body, { headers })));
  return {
    end: () => {
      bodyEnded = true;
      sending?.close();
    },
  };
}

function load(): Promise<Dataset> {
  return loadDataset({ ok: true, url: URL_, isDefault: false }, new AbortController().signal);
}

afterEach(() => {
  handed.length = 0;
  bodyEnded = false;
  vi.unstubAllGlobals();
});

describe('loadDataset hands a large file to the worker while the body still arrives', () => {
  it.each([
    ['a Content-Length of 1 MB or more, before any byte', [], { 'content-length': '2000000' }],
    ['1 MB received with no usable Content-Length', [WORKER_MIN_BYTES], {}],
  ])('on %s', async (_when, chunks, headers) => {
    vi.stubGlobal('Worker', vi.fn());
    const body = served(chunks, headers);
    const loading = load();
    await vi.waitFor(() => {
      expect(handed).toStrictEqual([{ url: URL_, bodyEnded: false }]);
    });
    body.end();
    await expect(loading).rejects.toThrow('checked in the worker');
  });

  it('a body under 1 MB stays on the page, as does any file where there is no Worker', async () => {
    vi.stubGlobal('Worker', vi.fn());
    served([WORKER_MIN_BYTES - 1], {}).end();
    await expect(load()).rejects.toThrow('is not valid JSON');
    vi.stubGlobal('Worker', undefined);
    served([WORKER_MIN_BYTES], { 'content-length': String(WORKER_MIN_BYTES) }).end();
    await expect(load()).rejects.toThrow('is not valid JSON');
    expect(handed).toStrictEqual([]);
  });
});
