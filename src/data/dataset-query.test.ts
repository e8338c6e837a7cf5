import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// The article's format 1 dataset, kept as a fixture, read as text (src/ is typed without Node).
import articleText from '../../e2e/fixtures/article-format1/article.txt?raw';
import timelineText from '../../e2e/fixtures/article-format1/timeline.json?raw';
import courierText from '../../e2e/fixtures/multi-source/courier.txt?raw';
import multiSourceText from '../../e2e/fixtures/multi-source/dataset.json?raw';
import harborText from '../../e2e/fixtures/multi-source/harbor-watch.txt?raw';
import { loadDataset } from './dataset-query';
import { DatasetLoadError } from './load-error';
import type { Dataset } from '../domain/types';

const PAGE = 'http://x.test/app/';
const DATA = `${PAGE}data/timeline.json`;
const ARTICLE = `${PAGE}data/article.txt`;

interface Served {
  /** Chunks of the body, each sent `everyMs` after the one before (the first after `everyMs`). */
  readonly chunks: readonly string[];
  readonly everyMs?: number;
  /** After the chunks: close (the default), fall silent, or break off. */
  readonly then?: 'close' | 'silence' | 'break';
  readonly status?: number;
  readonly type?: string;
  /** Where the response says it came from: a redirect's final address. */
  readonly finalUrl?: string;
}

/**
 * A Response whose body arrives on (fake) timers, and that errors when the request's signal
 * aborts, as a real fetch's body does.
 */
function respond(served: Served, signal: AbortSignal | null | undefined): Response {
  const encoder = new TextEncoder();
  const { chunks, everyMs = 0, then = 'close' } = served;
  let sent = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      signal?.addEventListener('abort', () => {
        cancelled = true;
        controller.error(signal.reason);
      });
    },
    pull(controller) {
      return new Promise<void>((resolve) => {
        const chunk = chunks[sent];
        if (chunk === undefined) {
          if (then === 'close') controller.close();
          if (then === 'break') controller.error(new TypeError('network error'));
          // 'silence': never resolves; only the reader's own timeout ends the wait.
          if (then !== 'silence') resolve();
          return;
        }
        setTimeout(() => {
          if (cancelled) return;
          sent++;
          controller.enqueue(encoder.encode(chunk));
          resolve();
        }, everyMs);
      });
    },
    cancel() {
      cancelled = true;
    },
  });
  const response = new Response(body, {
    status: served.status ?? 200,
    headers: { 'content-type': served.type ?? 'application/json' },
  });
  if (served.finalUrl) Object.defineProperty(response, 'url', { value: served.finalUrl });
  return response;
}

/** fetch answered from `files` by address; any other address is a 404. */
function serve(files: Record<string, Served>): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
    asked.push(input);
    const served = files[input] ?? { chunks: ['not found'], status: 404, type: 'text/plain' };
    return Promise.resolve(respond(served, init?.signal));
  });
  return asked;
}

function load(url = DATA): Promise<Dataset> {
  return loadDataset({ ok: true, url, isDefault: false }, new AbortController().signal);
}

/** The problem a rejected load carries, or what it rejected with. */
async function problemOf(loading: Promise<unknown>): Promise<unknown> {
  const error = await loading.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof DatasetLoadError ? error.problem : error;
}

/** `text` in `n` nearly equal pieces. */
function split(text: string, n: number): string[] {
  const size = Math.ceil(text.length / n);
  return Array.from({ length: n }, (_, i) => text.slice(i * size, (i + 1) * size));
}

/** Taken before any test fakes it: `run` yields to the real event loop with it. */
const realSetTimeout = globalThis.setTimeout;

const article: Served = { chunks: [articleText], type: 'text/plain; charset=utf-8' };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  // AbortSignal.timeout keeps its own clock, which fake timers do not move: put it on theirs, so
  // a time limit of any kind in the loader shows up in fake time.
  vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
    const controller = new AbortController();
    setTimeout(() => {
      controller.abort(new DOMException('signal timed out', 'TimeoutError'));
    }, ms);
    return controller.signal;
  });
});

/**
 * Moves fake time on by `ms` in one-second steps, letting real work (a chunk's import, a stream
 * read) run between them, then until `loading` settles; no real waiting on any timer.
 */
async function run<T>(loading: Promise<T>, ms = 0): Promise<T> {
  const state = { settled: false };
  const done = () => {
    state.settled = true;
  };
  loading.then(done, done);
  const yieldReal = () =>
    new Promise<void>((resolve) => {
      realSetTimeout(resolve, 0);
    });
  for (let passed = 0; passed < ms; passed += 1000) {
    await yieldReal();
    await vi.advanceTimersByTimeAsync(Math.min(1000, ms - passed));
  }
  for (let i = 0; !state.settled && i < 1000; i++) {
    await yieldReal();
    await vi.advanceTimersByTimeAsync(1);
  }
  return loading;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('loadDataset times silence, not the whole download', () => {
  it('a body that keeps arriving for 70 s (a chunk every 10 s) loads', async () => {
    serve({ [DATA]: { chunks: split(timelineText, 7), everyMs: 10_000 }, [ARTICLE]: article });
    const dataset = await run(load(), 70_000);
    expect(dataset.events).toHaveLength(11);
    expect(dataset.sources[0]?.text).toStrictEqual({ status: 'loaded', text: articleText });
  });

  it('a body that falls silent for 60 s is abandoned, naming the file and what had arrived', async () => {
    const [first = ''] = split(timelineText, 4);
    serve({ [DATA]: { chunks: [first], everyMs: 1000, then: 'silence' }, [ARTICLE]: article });
    expect(await problemOf(run(load(), 61_000))).toStrictEqual({
      kind: 'timeout',
      url: DATA,
      seconds: 60,
      received: new TextEncoder().encode(first).byteLength,
    });
  });

  it('a body that breaks off names the file and how much had arrived', async () => {
    serve({ [DATA]: { chunks: ['{"source":'], then: 'break' } });
    const error = await run(load()).catch((e: unknown) => e);
    expect(error instanceof DatasetLoadError ? error.message : String(error)).toBe(
      `The download of ${DATA} broke off after 10 bytes (TypeError: network error).`,
    );
  });
});

describe('loadDataset without its article still gives the timeline', () => {
  const reason404 = `Could not load the source text ${ARTICLE} that the quotes point into (HTTP 404).`;

  it('a 404 article: every event, and the reason', async () => {
    serve({ [DATA]: { chunks: [timelineText] } });
    const dataset = await run(load());
    expect(dataset.events).toHaveLength(11);
    expect(dataset.skipped).toStrictEqual([]);
    expect(dataset.sources[0]?.text).toStrictEqual({
      status: 'unavailable',
      url: ARTICLE,
      reason: reason404,
    });
  });

  const htmlPage = 'text not found: the address answered with a web page, not the text';

  it.each([
    ['served as text/html', { chunks: ['<p>Welcome</p>'], type: 'text/html; charset=utf-8' }],
    [
      'a page served as text/plain',
      { chunks: ['<!DOCTYPE html><title>App</title>'], type: 'text/plain' },
    ],
    [
      'a page after a BOM and blank lines',
      { chunks: ['\uFEFF\n  <html lang="en">'], type: 'text/plain' },
    ],
  ])('an HTML page in the article’s place (%s) is "article not found"', async (_name, page) => {
    serve({ [DATA]: { chunks: [timelineText] }, [ARTICLE]: page });
    const dataset = await run(load());
    expect(dataset.events).toHaveLength(11);
    expect(dataset.sources[0]?.text).toStrictEqual({
      status: 'unavailable',
      url: ARTICLE,
      reason: `Could not load the source text ${ARTICLE} that the quotes point into (${htmlPage}).`,
    });
  });

  it('an article that falls silent for 60 s gives the timeline without it', async () => {
    serve({ [DATA]: { chunks: [timelineText] }, [ARTICLE]: { chunks: [], then: 'silence' } });
    const dataset = await run(load(), 61_000);
    expect(dataset.events).toHaveLength(11);
    expect(dataset.sources[0]?.text).toStrictEqual({
      status: 'unavailable',
      url: ARTICLE,
      reason: `${ARTICLE} sent nothing for 60 seconds after 0 bytes, so the download was abandoned.`,
    });
  });

  it('text that merely mentions <html> later on is the article', async () => {
    const text = 'An article about the <html> element.';
    serve({
      [DATA]: { chunks: [timelineText] },
      [ARTICLE]: { chunks: [text], type: 'text/plain' },
    });
    expect((await run(load())).sources[0]?.text).toStrictEqual({ status: 'loaded', text });
  });
});

describe('loadDataset after a redirect', () => {
  it('resolves source.article against where the dataset landed, not where it was asked for', async () => {
    const asked = serve({
      [`${PAGE}old/timeline.json`]: { chunks: [timelineText], finalUrl: DATA },
      [ARTICLE]: article,
    });
    const dataset = await run(load(`${PAGE}old/timeline.json`));
    expect(asked).toStrictEqual([`${PAGE}old/timeline.json`, ARTICLE]);
    expect(dataset.sources[0]?.text).toStrictEqual({ status: 'loaded', text: articleText });
    expect(dataset.skipped).toStrictEqual([]);
  });

  it('an article that a redirect would put on another origin is refused', async () => {
    serve({
      [DATA]: { chunks: [timelineText], finalUrl: 'http://elsewhere.test/data/timeline.json' },
    });
    expect(await problemOf(run(load()))).toStrictEqual({
      kind: 'article',
      url: 'http://elsewhere.test/data/article.txt',
      detail:
        "source.article is on http://elsewhere.test; it must be on the dataset's own origin, http://x.test",
    });
  });
});

describe('loadDataset of a format 2 file', () => {
  const MULTI = `${PAGE}multi/dataset.json`;
  const text = (body: string): Served => ({ chunks: [body], type: 'text/plain; charset=utf-8' });

  it('fetches each stored text beside the file, and none for a source that is only cited', async () => {
    const asked = serve({
      [MULTI]: { chunks: [multiSourceText] },
      [`${PAGE}multi/courier.txt`]: text(courierText),
      [`${PAGE}multi/harbor-watch.txt`]: text(harborText),
    });
    const dataset = await run(load(MULTI));
    expect([...asked].sort()).toStrictEqual([
      `${PAGE}multi/courier.txt`,
      MULTI,
      `${PAGE}multi/harbor-watch.txt`,
    ]);
    expect(dataset.format).toBe(2);
    expect(dataset.skipped).toStrictEqual([]);
    expect(dataset.sources.map((s) => s.text.status)).toStrictEqual([
      'loaded',
      'loaded',
      'not-stored',
    ]);
    expect(dataset.events.map((e) => e.sourceCount)).toStrictEqual([1, 1, 3, 2]);
  });

  it('a stored text that answers 404 leaves its source unavailable and every event drawn', async () => {
    serve({
      [MULTI]: { chunks: [multiSourceText] },
      [`${PAGE}multi/courier.txt`]: text(courierText),
    });
    const dataset = await run(load(MULTI));
    expect(dataset.skipped).toStrictEqual([]);
    expect(dataset.events).toHaveLength(4);
    expect(dataset.sources.map((s) => s.text.status)).toStrictEqual([
      'loaded',
      'unavailable',
      'not-stored',
    ]);
  });
});
