import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBriefing } from './briefing-query';

const URL_ = 'http://x.test/data/briefing.json';

function answer(response: Response | Error): void {
  vi.stubGlobal('fetch', () =>
    response instanceof Error ? Promise.reject(response) : Promise.resolve(response),
  );
}

function load() {
  return loadBriefing(URL_, new AbortController().signal);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadBriefing', () => {
  it('a 404 is no briefing: the events in time order, nothing to say', async () => {
    answer(new Response('not found', { status: 404 }));
    await expect(load()).resolves.toStrictEqual({ kind: 'none' });
  });

  it("a host's HTML page in its place is no briefing", async () => {
    answer(new Response('<!doctype html><p>app</p>', { headers: { 'content-type': 'text/html' } }));
    await expect(load()).resolves.toStrictEqual({ kind: 'none' });
    answer(
      new Response('<!doctype html><p>app</p>', { headers: { 'content-type': 'text/plain' } }),
    );
    await expect(load()).resolves.toStrictEqual({ kind: 'none' });
  });

  it('a server error is said, with the order the presentation falls back to', async () => {
    answer(new Response('oops', { status: 500, statusText: 'Internal Server Error' }));
    await expect(load()).resolves.toStrictEqual({
      kind: 'invalid',
      problems: [
        `it could not be loaded, so the events are presented in time order. ${URL_} answered HTTP 500 Internal Server Error.`,
      ],
    });
  });

  it('a network failure is said, naming the file', async () => {
    answer(new TypeError('Failed to fetch'));
    await expect(load()).resolves.toStrictEqual({
      kind: 'invalid',
      problems: [
        `it could not be loaded, so the events are presented in time order. Could not reach ${URL_} (TypeError: Failed to fetch).`,
      ],
    });
  });

  it('a valid briefing is read', async () => {
    answer(new Response(JSON.stringify({ steps: [{ event: 'release-32' }] })));
    await expect(load()).resolves.toStrictEqual({
      kind: 'ok',
      briefing: { steps: [{ event: 'release-32' }] },
    });
  });
});

describe('loadBriefing: opening and closing slides', () => {
  it('reads the words a briefing gives its opening and closing', async () => {
    const briefing = {
      opening: { title: 'The December 2023 exchange', text: 'What one article reports.' },
      closing: { text: 'Questions?' },
      steps: [{ event: 'release-32' }],
    };
    answer(new Response(JSON.stringify(briefing)));
    await expect(load()).resolves.toStrictEqual({ kind: 'ok', briefing });
  });

  it('names each bad field of the opening and closing, and where it is', async () => {
    answer(
      new Response(
        JSON.stringify({
          opening: { title: '', text: 'x'.repeat(2001), subtitle: 'no' },
          closing: { text: 7 },
          steps: [{ event: 'release-32' }],
        }),
      ),
    );
    await expect(load()).resolves.toStrictEqual({
      kind: 'invalid',
      problems: [
        'opening.title: must not be empty (leave the field out to use the dataset’s title)',
        'opening.text: must be at most 2000 characters: a slide is read from across a room',
        'opening.subtitle: unknown field',
        'closing.text: Invalid input: expected string, received number',
      ],
    });
  });
});
