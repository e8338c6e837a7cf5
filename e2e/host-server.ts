/**
 * A host page on another origin (port 4174) for the embed tests: a newsroom article with the
 * embed snippet the app's Embed dialog generates, for the embed URL given as ?embed=. A real
 * server, not a route: Chromium only lets loopback pages frame loopback apps (Local Network
 * Access), and it judges that by the address a response came from.
 */
import { createServer } from 'node:http';
import { buildEmbedSnippet } from '../src/features/embed/embed-snippet';

const PORT = Number(process.env.HOST_PORT ?? 4174);

function page(embedUrl: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host newsroom page</title></head>
<body style="margin:0;font:16px sans-serif">
<h1>A newsroom article</h1>
<div style="height:900px;background:#eee">Text above the embed.</div>
${buildEmbedSnippet(embedUrl)}
<script>
  window.resizeMessages = [];
  window.addEventListener('message', function (e) {
    if (e.data && e.data.type) window.resizeMessages.push({ origin: e.origin, data: e.data });
  });
</script>
<div style="height:1500px;background:#ddd">Text below the embed.</div>
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
  const embed = url.searchParams.get('embed') ?? '';
  if (url.pathname !== '/article' || !URL.canParse(embed)) {
    response.writeHead(404).end('not found');
    return;
  }
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page(embed));
}).listen(PORT, '127.0.0.1');
