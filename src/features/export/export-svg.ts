import { EVENT_KINDS, KIND_LABELS } from '../../domain/kinds';
import type { EventKind } from '../../domain/kinds';
import { kindSwatch } from '../../lib/kind-style';

export interface ExportMeta {
  readonly title: string;
  readonly sourceLine: string;
  readonly derivedLine: string;
  readonly kinds: readonly EventKind[];
}

const HEADER = 64;
const LEGEND = 30;
const FOOTER = 26;
/** The legend's swatch square, as in the chart's own legend but sized for a printed line. */
const SWATCH = 19;
const PAD = 16;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

/** Escapes text for SVG markup: data strings must never become markup. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Replaces every `var(--name)` with its value, so the file looks the same outside the page. */
export function resolveCssVars(markup: string, valueOf: (name: string) => string): string {
  return markup.replace(/var\((--[\w-]+)\)/g, (_, name: string) => valueOf(name) || 'currentColor');
}

function legendMarkup(kinds: readonly EventKind[], y: number): string {
  let x = PAD;
  const items = EVENT_KINDS.filter((k) => kinds.includes(k)).map((kind) => {
    const { d, fill } = kindSwatch(kind, SWATCH);
    const label = KIND_LABELS[kind];
    const item = `<g transform="translate(${x},${y})"><path d="${d}" transform="translate(7,0)" fill="${fill}"/><text x="18" dy="0.35em" font-size="13" fill="var(--ct-text)">${escapeXml(label)}</text></g>`;
    x += 30 + label.length * 7.5;
    return item;
  });
  const key =
    'Area = number of people · dashed “?” = number not given · band = window the date allows';
  items.push(
    `<text x="${x + 8}" y="${y}" dy="0.35em" font-size="12" fill="var(--ct-muted)">${escapeXml(key)}</text>`,
  );
  return items.join('');
}

/**
 * A standalone SVG of the chart as shown, with title, legend, source line and the date the
 * dataset was derived — ready to paste into a slide. Theme colours are resolved to values.
 */
export function buildExportSvg(
  chart: SVGSVGElement,
  meta: ExportMeta,
  valueOf: (name: string) => string,
): string {
  const width = chart.width.baseVal.value;
  const height = chart.height.baseVal.value;
  const chartY = HEADER + LEGEND;
  const total = chartY + height + FOOTER;
  const inner = new XMLSerializer()
    .serializeToString(chart)
    .replace(/^<svg\b/, `<svg x="0" y="${chartY}"`);
  const markup = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${escapeXml(FONT)}">`,
    `<rect width="100%" height="100%" fill="var(--ct-bg)"/>`,
    `<text x="${PAD}" y="28" font-size="20" font-weight="700" fill="var(--ct-text)">${escapeXml(meta.title)}</text>`,
    `<text x="${PAD}" y="50" font-size="13" fill="var(--ct-text)">${escapeXml(meta.sourceLine)}</text>`,
    legendMarkup(meta.kinds, HEADER + LEGEND / 2 - 4),
    inner,
    `<text x="${PAD}" y="${total - 9}" font-size="12" fill="var(--ct-muted)">${escapeXml(meta.derivedLine)}</text>`,
    '</svg>',
  ].join('');
  return resolveCssVars(markup, valueOf);
}
