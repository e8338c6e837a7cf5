import { EVENT_KINDS, KIND_LABELS } from '../../domain/kinds';
import type { EventKind } from '../../domain/kinds';
import { COHORT_KEY, DISPUTE_KEY } from '../../domain/describe-event';
import { kindSwatch } from '../../lib/kind-style';
import { OMIT, readChartGeometry } from './chart-geometry';
import { wrapLabels } from './export-labels';
import type { WrappedLabel } from './export-labels';
import {
  EXPORT_FONT,
  LEGEND_LINE,
  SWATCH_GAP,
  estimateWidth,
  flowItems,
  wrapText,
} from './export-layout';
import type { LegendItem, Measure, PlacedItem } from './export-layout';

export interface ExportMeta {
  readonly title: string;
  readonly sourceLine: string;
  readonly derivedLine: string;
  readonly kinds: readonly EventKind[];
  /** The filters in force, in words: "Filtered: kinds Releases; held by Azerbaijan", "No filters". */
  readonly filters: string;
  /** What the chart shows, for the file's <desc>: counts, kinds, dates and sources. */
  readonly description: string;
  /** Some event shown has no start or no end to its window (a report, or open-ended). */
  readonly undated: boolean;
}

const PAD = 16;
const TITLE_SIZE = 20;
const TEXT_SIZE = 13;
const SMALL_SIZE = 12;
const TITLE_LINE = 24;
const TEXT_LINE = 18;
const MAX_TITLE_LINES = 3;
const MAX_SOURCE_LINES = 3;
const MAX_FILTER_LINES = 3;
/** The legend's swatch square, as in the chart's own legend but sized for a printed line. */
const SWATCH = 19;
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

export interface KeyItem extends LegendItem {
  /** The swatch, drawn with its left edge at the origin and centred on the row. */
  readonly draw: string;
  readonly fill: string;
}

function keyText(text: string, swatch = 0, draw = ''): KeyItem {
  return { swatch, text, fontSize: SMALL_SIZE, draw, fill: 'var(--ct-muted)' };
}

const GREY = 'var(--ct-muted)';

/**
 * What the export's key lists: the kinds shown; area, "number not given" and the date band,
 * always; how an open date is drawn when an event shown has one; the badge and the ring when
 * the exported chart draws them.
 */
export function legendItems(
  kinds: readonly EventKind[],
  shows: { readonly disputed: boolean; readonly cohort: boolean; readonly undated: boolean },
): KeyItem[] {
  const items: KeyItem[] = EVENT_KINDS.filter((k) => kinds.includes(k)).map((kind) => {
    const { d, fill } = kindSwatch(kind, SWATCH);
    return {
      swatch: 14,
      text: KIND_LABELS[kind],
      fontSize: TEXT_SIZE,
      draw: `<path d="${d}" transform="translate(7,0)" fill="${fill}"/>`,
      fill: 'var(--ct-text)',
    };
  });
  items.push(
    keyText(
      'area = number of people',
      26,
      `<circle cx="5" r="4" fill="${GREY}"/><circle cx="18" r="7.5" fill="${GREY}"/>`,
    ),
    keyText(
      'number not given',
      18,
      `<circle cx="9" r="8" fill="none" stroke="${GREY}" stroke-width="1.5" stroke-dasharray="3 2"/><text x="9" dy="0.35em" text-anchor="middle" font-size="10" font-weight="700" fill="${GREY}">?</text>`,
    ),
    keyText(
      'band = window the date allows',
      28,
      `<rect x="0" y="-6" width="28" height="12" rx="3" fill="${GREY}" fill-opacity="0.3"/>`,
    ),
  );
  if (shows.undated) {
    items.push(
      keyText(
        'Date not given: the sources give only a limit, on or before (or after) the day named',
        18,
        `<circle cx="9" r="7" fill="${GREY}" fill-opacity="0.15" stroke="${GREY}" stroke-width="1.5"/><path d="M3 -8 h-3 v16 h3" fill="none" stroke="${GREY}" stroke-width="1.5"/>`,
      ),
    );
  }
  if (shows.disputed) {
    const r = BADGE_RADIUS;
    items.push(
      keyText(
        `≠ = ${DISPUTE_KEY}`,
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

/** Where every part of the export goes, for a chart of `width` × `chartHeight`. */
export interface ExportLayout {
  readonly width: number;
  readonly height: number;
  readonly title: readonly string[];
  readonly sources: readonly string[];
  readonly filters: readonly string[];
  /** Baseline of the first title line; every other line follows at its own spacing. */
  readonly sourceTop: number;
  readonly filterTop: number;
  readonly legendTop: number;
  readonly legend: readonly PlacedItem<KeyItem>[];
  readonly chartY: number;
  readonly footer: readonly string[];
  readonly footerTop: number;
}

/** Lays out header, legend and footer around the chart, every line within the width. Pure. */
export function layoutExport(
  meta: Pick<ExportMeta, 'title' | 'sourceLine' | 'filters' | 'derivedLine'>,
  items: readonly KeyItem[],
  width: number,
  chartHeight: number,
  measure: Measure = estimateWidth,
): ExportLayout {
  const inner = width - 2 * PAD;
  const title = wrapText(meta.title, inner, TITLE_SIZE, MAX_TITLE_LINES, measure, true);
  const sources = wrapText(meta.sourceLine, inner, TEXT_SIZE, MAX_SOURCE_LINES, measure);
  const filters = wrapText(meta.filters, inner, TEXT_SIZE, MAX_FILTER_LINES, measure);
  const sourceTop = 28 + TITLE_LINE * (title.length - 1) + 22;
  const filterTop = sourceTop + TEXT_LINE * sources.length;
  const legendTop = filterTop + TEXT_LINE * (filters.length - 1) + 12;
  const legend = flowItems(items, PAD, width - PAD, measure);
  const chartY = legendTop + legend.height + 6;
  const footer = wrapText(meta.derivedLine, inner, SMALL_SIZE, 2, measure);
  const footerTop = chartY + chartHeight + 17;
  const height = footerTop + LEGEND_LINE * (footer.length - 1) + 9;
  return {
    width,
    height,
    title,
    sources,
    filters,
    sourceTop,
    filterTop,
    legendTop,
    legend: legend.placed,
    chartY,
    footer,
    footerTop,
  };
}

function lines(
  texts: readonly string[],
  top: number,
  step: number,
  attributes: string,
  x = PAD,
): string {
  return texts
    .map((t, i) => `<text x="${x}" y="${top + i * step}" ${attributes}>${escapeXml(t)}</text>`)
    .join('');
}

function legendMarkup(layout: ExportLayout): string {
  return layout.legend
    .map(({ item, x, y, lines: texts }) => {
      const textX = item.swatch > 0 ? item.swatch + SWATCH_GAP : 0;
      const text = texts
        .map(
          (t, i) =>
            `<tspan x="${textX}" y="${i * LEGEND_LINE}" dy="0.35em">${escapeXml(t)}</tspan>`,
        )
        .join('');
      return `<g transform="translate(${x},${layout.legendTop + y})" data-export-key="">${item.draw}<text font-size="${item.fontSize}" fill="${item.fill}">${text}</text></g>`;
    })
    .join('');
}

/** Writes a wrapped label's lines into the copied chart's <text>, centred where it was. */
function writeLabel(text: SVGTextElement, wrapped: WrappedLabel): void {
  const x = text.getAttribute('x') ?? '0';
  const y = Number(text.getAttribute('y') ?? 0);
  text.textContent = '';
  text.removeAttribute('dy');
  wrapped.lines.forEach((line, i) => {
    const span = text.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'tspan');
    span.setAttribute('x', x);
    span.setAttribute('y', String(y + (wrapped.offsets[i] ?? 0)));
    span.setAttribute('dy', '0.35em');
    span.textContent = line;
    text.appendChild(span);
  });
}

/**
 * The chart as the export draws it: a copy without what is marked to leave out (rings, focus,
 * sticky axis copies), with every label the chart cut short written in full where it has room.
 */
function exportedChart(chart: SVGSVGElement, measure: Measure): SVGSVGElement {
  const copy = chart.cloneNode(true);
  if (!(copy instanceof SVGSVGElement)) throw new Error('The chart could not be copied.');
  for (const node of copy.querySelectorAll(OMIT)) node.remove();
  const geometry = readChartGeometry(chart);
  const wrapped = wrapLabels(
    geometry.labels,
    geometry.obstacles,
    { top: 0, bottom: chart.height.baseVal.value },
    measure,
  );
  for (const label of wrapped) {
    const [only] = label.lines;
    const text = copy.querySelector<SVGTextElement>(
      `.ct-label[data-label-for="${CSS.escape(label.id)}"]`,
    );
    if (text && (label.lines.length > 1 || only !== text.textContent)) writeLabel(text, label);
  }
  return copy;
}

/**
 * A standalone SVG of the chart as shown — titled and described for screen readers and search,
 * with the source, the filters in force, a key to every encoding drawn and the date the dataset
 * was derived — ready to paste into a slide. Theme colours are resolved to values.
 */
export function buildExportSvg(
  chart: SVGSVGElement,
  meta: ExportMeta,
  valueOf: (name: string) => string,
  measure: Measure = estimateWidth,
): string {
  const width = chart.width.baseVal.value;
  const copy = exportedChart(chart, measure);
  // The key explains the badge and the ring only when the exported chart draws them.
  const items = legendItems(meta.kinds, {
    disputed: copy.querySelector('[data-disputed="true"]') !== null,
    cohort: copy.querySelector('[data-cohort-ring]') !== null,
    undated: meta.undated,
  });
  const layout = layoutExport(meta, items, width, chart.height.baseVal.value, measure);
  const inner = new XMLSerializer()
    .serializeToString(copy)
    .replace(/^<svg\b/, `<svg x="0" y="${layout.chartY}"`);
  const { height } = layout;
  const markup = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT)}" role="img" aria-labelledby="ct-export-title ct-export-desc">`,
    `<title id="ct-export-title">${escapeXml(meta.title)}</title>`,
    `<desc id="ct-export-desc">${escapeXml(`${meta.description} ${meta.filters}. ${meta.sourceLine}.`)}</desc>`,
    `<rect width="100%" height="100%" fill="var(--ct-bg)"/>`,
    lines(
      layout.title,
      28,
      TITLE_LINE,
      `font-size="${TITLE_SIZE}" font-weight="700" fill="var(--ct-text)"`,
    ),
    lines(
      layout.sources,
      layout.sourceTop,
      TEXT_LINE,
      `font-size="${TEXT_SIZE}" fill="var(--ct-text)"`,
    ),
    lines(
      layout.filters,
      layout.filterTop,
      TEXT_LINE,
      `font-size="${TEXT_SIZE}" font-style="italic" fill="var(--ct-text)" data-export-filters=""`,
    ),
    legendMarkup(layout),
    inner,
    lines(
      layout.footer,
      layout.footerTop,
      LEGEND_LINE,
      `font-size="${SMALL_SIZE}" fill="var(--ct-muted)"`,
    ),
    '</svg>',
  ].join('');
  return resolveCssVars(markup, valueOf);
}
