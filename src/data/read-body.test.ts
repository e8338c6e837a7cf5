import { describe, expect, it, vi } from 'vitest';
import type { LoadProgress } from './load-progress';

const reported: (LoadProgress | null)[] = [];
vi.mock('./load-progress', () => ({
  reportProgress: (_url: string, value: LoadProgress | null) => {
    reported.push(value);
  },
}));
import { DatasetLoadError } from './load-error';
import { declaredLength, decodedLength, readBody } from './read-body';

function streamed(chunks: readonly string[], headers: Record<string, string> = {}): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(body, { headers });
}

describe('readBody', () => {
  it('readBody joins the chunks, multi-byte characters split across them included', async () => {
    const bytes = new TextEncoder().encode('«Hadrut»');
    const response = new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.slice(0, 1));
          controller.enqueue(bytes.slice(1));
          controller.close();
        },
      }),
    );
    await expect(readBody(response, 'x.json')).resolves.toBe('«Hadrut»');
  });

  it('declaredLength: Content-Length as a positive number of bytes, else null', () => {
    const r = (headers: Record<string, string>) => new Response('x', { headers });
    expect(declaredLength(r({ 'content-length': '2000' }))).toBe(2000);
    expect(declaredLength(r({ 'content-length': '2000', 'content-encoding': 'gzip' }))).toBe(2000);
    expect(declaredLength(r({}))).toBeNull();
    expect(declaredLength(r({ 'content-length': '' }))).toBeNull();
    expect(declaredLength(r({ 'content-length': '0' }))).toBeNull();
    expect(declaredLength(r({ 'content-length': 'lots' }))).toBeNull();
  });

  it('decodedLength: Content-Length when identity-encoded, null when compressed or absent', () => {
    const r = (headers: Record<string, string>) => new Response('x', { headers });
    expect(decodedLength(r({ 'content-length': '2000' }))).toBe(2000);
    expect(decodedLength(r({ 'content-length': '2000', 'content-encoding': 'identity' }))).toBe(
      2000,
    );
    expect(decodedLength(r({ 'content-length': '2000', 'content-encoding': 'gzip' }))).toBeNull();
    expect(decodedLength(r({ 'content-length': '2000', 'content-encoding': ' BR ' }))).toBeNull();
    expect(decodedLength(r({}))).toBeNull();
    expect(decodedLength(r({ 'content-length': 'lots' }))).toBeNull();
  });

  it('readBody reports no total for a compressed body, the declared one otherwise', async () => {
    reported.length = 0;
    const gzip = { 'content-length': '3', 'content-encoding': 'gzip' };
    await expect(
      readBody(streamed(['{"a":', '1}'], gzip), 'z.json', { maxBytes: 1000 }),
    ).resolves.toBe('{"a":1}');
    expect(reported.at(-1)).toStrictEqual({ phase: 'download', received: 7, total: null });
    await readBody(streamed(['{"a":', '1}'], { 'content-length': '7' }), 'p.json', {
      maxBytes: 1000,
    });
    expect(reported.at(-1)).toStrictEqual({ phase: 'download', received: 7, total: 7 });
  });

  it('readBody refuses a declared Content-Length over the cap before reading', async () => {
    const error = await readBody(streamed(['{}'], { 'content-length': '2000' }), 'x.json', {
      maxBytes: 1000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect(error instanceof DatasetLoadError ? error.problem : null).toStrictEqual({
      kind: 'too-large',
      url: 'x.json',
      bytes: 2000,
      limit: 1000,
    });
  });

  it('readBody stops a body that grows past the cap without declaring it', async () => {
    const error = await readBody(streamed(['a'.repeat(600), 'b'.repeat(600)]), 'x.json', {
      maxBytes: 1000,
    }).catch((e: unknown) => e);
    expect(error instanceof DatasetLoadError ? error.message : String(error)).toBe(
      'x.json is 1.2 KB or more; the limit is 1000 bytes.',
    );
  });
});
