import { RESIZE_MESSAGE } from './use-post-size';

export const DEFAULT_EMBED_HEIGHT = 720;
export const EMBED_TITLE = 'custody-timeline: detainee captures, sentences and releases';

/**
 * The host-page snippet for an embed URL: a lazy, titled, sandboxed iframe at a sensible fixed
 * height (the fallback), plus a listener that applies the app's resize messages — only from the
 * app's origin, only of the documented shape, only to the iframe that sent them.
 */
export function buildEmbedSnippet(embedUrl: string): string {
  const origin = new URL(embedUrl).origin;
  return `<iframe src="${embedUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"
  title="${EMBED_TITLE}"
  loading="lazy" width="100%" height="${DEFAULT_EMBED_HEIGHT}"
  style="border:0;width:100%;display:block"
  sandbox="allow-scripts allow-same-origin allow-popups"></iframe>
<script>
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== ${JSON.stringify(origin)} || !data || data.type !== '${RESIZE_MESSAGE}') return;
    if (typeof data.height !== 'number' || !(data.height > 0) || data.height > 100000) return;
    document.querySelectorAll('iframe').forEach(function (frame) {
      if (frame.contentWindow === event.source) frame.style.height = Math.ceil(data.height) + 'px';
    });
  });
</script>`;
}
