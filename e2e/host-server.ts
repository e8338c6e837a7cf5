/**
 * A host page on another origin (port 4174) for the embed tests: a newsroom article with the
 * embed snippet the app's Embed dialog generates, for the embed URL given as ?embed=. A real
 * server, not a route: Chromium only lets loopback pages frame loopback apps (Local Network
 * Access), and it judges that by the address a response came from.
 *
 * - /article?embed=URL[&at=top|below]: the snippet below 900 px of text, at the very top
 *   (`top`), or 2,000 px below the fold (`below`). The page records every message it receives
 *   (window.resizeMessages) and every layout shift (window.layoutShifts) from its first byte.
 * - /sandboxed?src=URL: the app in an iframe sandboxed like the old snippet (no allow-downloads,
 *   allow-modals or allow-forms), as "Open full view" inherited it.
 */
import { createServer } from 'node:http';
import { buildEmbedSnippet } from '../src/features/embed/embed-snippet';

const PORT = Number(process.env.HOST_PORT ?? 4174);

const ABOVE: Readonly<Record<string, string>> = {
  top: '',
  below: '<div style="height:calc(100vh + 2000px);background:#eee">Text above the embed.</div>',
  default:
    '<h1>A newsroom article</h1>\n<div style="height:900px;background:#eee">Text above the embed.</div>',
};

const RECORDER = `<script>
  window.resizeMessages = [];
  window.addEventListener('message', function (e) {
    if (e.data && e.data.type) window.resizeMessages.push({ origin: e.origin, data: e.data });
  });
  window.layoutShifts = [];
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (entry) {
      window.layoutShifts.push({ value: entry.value, hadRecentInput: entry.hadRecentInput });
    });
  }).observe({ type: 'layout-shift', buffered: true });
</script>`;

function article(embedUrl: string, at: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host newsroom page</title>
${RECORDER}</head>
<body style="margin:0;font:16px sans-serif">
${ABOVE[at] ?? ABOVE.default}
${buildEmbedSnippet(embedUrl)}
<div style="height:1500px;background:#ddd">Text below the embed.</div>
</body></html>`;
}

function sandboxed(src: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sandboxed frame</title></head>
<body style="margin:0">
<iframe src="${src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" title="The app, sandboxed"
  style="border:0;width:100%;height:100vh;display:block"
  sandbox="allow-scripts allow-same-origin allow-popups"></iframe>
</body></html>`;
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${PORT}`);
  if (url.pathname === '/favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  if (url.pathname === '/health') {
    response.writeHead(200).end('ok');
    return;
  }
  const target = url.searchParams.get(url.pathname === '/sandboxed' ? 'src' : 'embed') ?? '';
  if (!URL.canParse(target) || !['/article', '/sandboxed'].includes(url.pathname)) {
    response.writeHead(404).end('not found');
    return;
  }
  const html =
    url.pathname === '/article'
      ? article(target, url.searchParams.get('at') ?? 'default')
      : sandboxed(target);
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
}).listen(PORT, '127.0.0.1');
