/**
 * The benchmark's web server: the production build as a static host serves it. Every file is
 * gzipped once, on first request, and then served from memory with Content-Encoding: gzip and
 * its compressed Content-Length — as a host with precompressed assets (nginx gzip_static, a CDN)
 * would. (vite preview compresses every response on the fly: for a 68 MB dataset that is ~1.5 s
 * of server CPU on the same two cores, which would be charged to the page.)
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * `gzip: false` serves the files as they are, for measuring a host that does not compress.
 * `onRequest` hears each path asked for (relative to `root`), before it is answered. Port 0:
 * any free port (read it from `server.address()`).
 */
export async function startStaticServer(
  root: string,
  port: number,
  {
    gzip = true,
    onRequest,
  }: { readonly gzip?: boolean; readonly onRequest?: (relative: string) => void } = {},
): Promise<Server> {
  const cache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const relative = normalize(path === '/' ? '/index.html' : path).replace(/^[/\\]+/, '');
    const file = join(root, relative);
    if (relative.startsWith('..') || !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    onRequest?.(relative);
    const send = (body: Buffer) => {
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        'content-length': body.byteLength,
        'cache-control': 'no-cache',
      });
      response.end(body);
    };
    const cached = cache.get(file);
    if (cached) {
      send(cached);
      return;
    }
    readFile(file).then(
      (raw) => {
        const body = gzip ? gzipSync(raw, { level: 6 }) : raw;
        cache.set(file, body);
        send(body);
      },
      () => response.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}

/** Closes the server and every open connection (a hung page must not keep it alive). */
export async function stopStaticServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
}
