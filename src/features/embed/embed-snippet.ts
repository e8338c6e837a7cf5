import { RESIZE_MESSAGE } from './use-post-size';

export const EMBED_TITLE = 'custody-timeline: detainee captures, sentences and releases';

export type EmbedWidthId = 'narrow' | 'medium' | 'wide';

/** A column width the Embed dialog offers, and the height it reserves. */
export interface EmbedWidth {
  readonly label: string;
  /** Columns narrower than this (px) get this reservation. */
  readonly below: number;
  readonly height: number;
}

/**
 * The starting height to reserve, by the width of the host's column. Measured: the embedded
 * document of the bundled dataset, default view, is 1,134 px tall in a 360 px column, 964 px at
 * 640 px and 922 px at 1,000 px (narrow columns wrap the header and the legend onto more lines;
 * the key facts take one line at every width).
 * Reserving that height before the app has loaded means the host's article does not move when
 * the content arrives; another dataset or filters move it by the difference only, once.
 */
export const EMBED_WIDTHS: Readonly<Record<EmbedWidthId, EmbedWidth>> = {
  narrow: { label: 'Narrow (a phone, about 360 px)', below: 500, height: 1172 },
  medium: { label: 'Medium (about 640 px)', below: 820, height: 1188 },
  wide: { label: 'Wide (1,000 px or more)', below: Number.POSITIVE_INFINITY, height: 1006 },
};

export const DEFAULT_EMBED_WIDTH: EmbedWidthId = 'medium';

export function isEmbedWidthId(value: string): value is EmbedWidthId {
  return Object.hasOwn(EMBED_WIDTHS, value);
}

/**
 * The sandbox of the snippet's iframe. `allow-popups-to-escape-sandbox` lets "Open full view"
 * open a normal tab: without it the new tab inherits this sandbox, and there Download and Print
 * do nothing.
 */
export const EMBED_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * The host-page snippet for an embed URL: a lazy, titled, sandboxed iframe that reserves the
 * height measured for the chosen column width (kept, with scrolling inside, if a CMS strips the
 * script), plus a script that (1) picks the reservation for the column the frame really got and
 * (2) applies the app's resize messages — only from the app's origin, only of the documented
 * shape, only to the iframe that sent them.
 */
export function buildEmbedSnippet(
  embedUrl: string,
  width: EmbedWidthId = DEFAULT_EMBED_WIDTH,
): string {
  const origin = new URL(embedUrl).origin;
  const { narrow, medium, wide } = EMBED_WIDTHS;
  return `<iframe src="${escapeAttribute(embedUrl)}"
  title="${EMBED_TITLE}"
  loading="lazy" width="100%" height="${EMBED_WIDTHS[width].height}"
  style="border:0;width:100%;display:block"
  sandbox="${EMBED_SANDBOX}"></iframe>
<script>
  (function () {
    var origin = ${JSON.stringify(origin)};
    var ours = function (frame) { return frame.src.indexOf(origin + '/') === 0; };
    document.querySelectorAll('iframe').forEach(function (frame) {
      if (!ours(frame) || frame.style.height) return;
      var width = frame.getBoundingClientRect().width;
      var height = width < ${narrow.below} ? ${narrow.height} : width < ${medium.below} ? ${medium.height} : ${wide.height};
      frame.style.height = height + 'px';
    });
    window.addEventListener('message', function (event) {
      var data = event.data;
      if (event.origin !== origin || !data || data.type !== '${RESIZE_MESSAGE}') return;
      if (typeof data.height !== 'number' || !(data.height > 0) || data.height > 100000) return;
      document.querySelectorAll('iframe').forEach(function (frame) {
        if (frame.contentWindow === event.source) frame.style.height = Math.ceil(data.height) + 'px';
      });
    });
  })();
</script>`;
}
