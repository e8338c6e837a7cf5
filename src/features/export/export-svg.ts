import { EVENT_KINDS, KIND_LABELS } from '../../domain/kinds';
import type { EventKind } from '../../domain/kinds';
import { COHORT_KEY, DISPUTE_KEY } from '../../domain/describe-event';
import { kindSwatch } from '../../lib/kind-style';
import { flowItems, wrapText } from './export-layout';
import type { LegendItem } from './export-layout';

export interface ExportMeta {
  readonly title: string;
  readonly sourceLine: string;
  readonly derivedLine: string;
  readonly kinds: readonly EventKind[];
}

/** Header with one source line; each further line adds SOURCE_LINE. */
const HEADER = 64;
const SOURCE_LINE = 18;
const MAX_SOURCE_LINES = 3;
/** Legend with one row; each further row adds LEGEND_ROW. */
const LEGEND = 30;
const LEGEND_ROW = 22;
const FOOTER = 26;
/** The legend's swatch square, as in the chart's own legend but sized for a printed line. */
const SWATCH = 19;
const PAD = 16;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
const BADGE_RADIUS = 7.5;

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

interface KeyItem extends LegendItem {
  /** The swatch, drawn with its left edge at the origin and centred on the row. */
  readonly draw: string;
  readonly fill: string;
}

function keyText(text: string, swatch = 0, draw = ''): KeyItem {
  return { swatch, text, fontSize: 12, draw, fill: 'var(--ct-muted)' };
}

/** What the export's key lists: the kinds shown, the encodings, and badge and ring when drawn. */
export function legendItems(
  kinds: readonly EventKind[],
  shows: { readonly disputed: boolean; readonly cohort: boolean },
): KeyItem[] {
  const items: KeyItem[] = EVENT_KINDS.filter((k) => kinds.includes(k)).map((kind) => {
    const { d, fill } = kindSwatch(kind, SWATCH);
    return {
      swatch: 14,
      text: KIND_LABELS[kind],
      fontSize: 13,
      draw: `<path d="${d}" transform="translate(7,0)" fill="${fill}"/>`,
      fill: 'var(--ct-text)',
    };
  });
  items.push(
    keyText('Area = number of people'),
    keyText('dashed “?” = number not given'),
    keyText('band = window the date allows'),
  );
  if (shows.disputed) {
    const r = BADGE_RADIUS;
    items.push(
      keyText(
        DISPUTE_KEY,
        2 * r + 2,
        `<circle cx="${r + 1}" r="${r}" fill="var(--ct-surface)" stroke="var(--ct-text)" stroke-width="1.5"/><text x="${r + 1}" dy="0.35em" text-anchor="middle" font-size="12" font-weight="700" fill="var(--ct-text)">≠</text>`,
      ),
    );
  }
  if (shows.cohort) {
    items.push(
      keyText(
        COHORT_KEY,
        18,
        '<circle cx="9" r="8" fill="none" stroke="var(--ct-accent)" stroke-width="2" stroke-dasharray="4 3"/>',
      ),
    );
  }
  return items;
}

function legendMarkup(items: readonly KeyItem[], width: number, top: number) {
  const { placed, rows } = flowItems(items, PAD, width - PAD);
  const markup = placed
    .map(({ item, x, row }) => {
      const y = top + row * LEGEND_ROW;
      const textX = item.swatch > 0 ? item.swatch + 4 : 0;
      return `<g transform="translate(${x},${y})">${item.draw}<text x="${textX}" dy="0.35em" font-size="${item.fontSize}" fill="${item.fill}">${escapeXml(item.text)}</text></g>`;
    })
    .join('');
  return { markup, rows };
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
  const sourceLines = wrapText(meta.sourceLine, width - 2 * PAD, 13, MAX_SOURCE_LINES);
  const header = HEADER + SOURCE_LINE * Math.max(0, sourceLines.length - 1);
  // The key explains the badge and the ring only when the chart, as shown, draws them.
  const items = legendItems(meta.kinds, {
    disputed: chart.querySelector('[data-disputed="true"]') !== null,
    cohort: chart.querySelector('[data-cohort-highlight="true"]') !== null,
  });
  const legend = legendMarkup(items, width, header + LEGEND / 2 - 4);
  const chartY = header + LEGEND + LEGEND_ROW * Math.max(0, legend.rows - 1);
  const total = chartY + height + FOOTER;
  const inner = new XMLSerializer()
    .serializeToString(chart)
    .replace(/^<svg\b/, `<svg x="0" y="${chartY}"`);
  const sources = sourceLines
    .map(
      (line, i) =>
        `<text x="${PAD}" y="${50 + i * SOURCE_LINE}" font-size="13" fill="var(--ct-text)">${escapeXml(line)}</text>`,
    )
    .join('');
  const markup = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${escapeXml(FONT)}">`,
    `<rect width="100%" height="100%" fill="var(--ct-bg)"/>`,
    `<text x="${PAD}" y="28" font-size="20" font-weight="700" fill="var(--ct-text)">${escapeXml(meta.title)}</text>`,
    sources,
    legend.markup,
    inner,
    `<text x="${PAD}" y="${total - 9}" font-size="12" fill="var(--ct-muted)">${escapeXml(meta.derivedLine)}</text>`,
    '</svg>',
  ].join('');
  return resolveCssVars(markup, valueOf);
}
