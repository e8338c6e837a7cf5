/**
 * Where the export's header and legend lines go. Widths come from a `Measure`: in the browser
 * the font's own advances (a canvas measures them), elsewhere an average advance per font size.
 * Long lines wrap (or are cut with "…") before the edge instead of running off it. Pure.
 */

/** The export's font stack: the chart's own, with a common fallback. */
export const EXPORT_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

/** Width in px of `text` at `fontSize` px, bold or not. */
export type Measure = (text: string, fontSize: number, bold?: boolean) => number;

/** Average advance of the export's system font, per px of font size; bold is wider. */
const ADVANCE_PER_PX = 0.54;
const BOLD_ADVANCE_PER_PX = 0.6;

/** The width estimated from the character count: what tests and a DOM-less run use. */
export const estimateWidth: Measure = (text, fontSize, bold = false) =>
  text.length * fontSize * (bold ? BOLD_ADVANCE_PER_PX : ADVANCE_PER_PX);

/**
 * `text` cut to fit `width` with a trailing "…"; with `force`, the "…" is added even when the
 * whole text fits (it marks that more lines were left out).
 */
function ellipsize(
  text: string,
  width: number,
  fontSize: number,
  measure: Measure,
  force: boolean,
  bold: boolean,
): string {
  if (!force && measure(text, fontSize, bold) <= width) return text;
  for (let k = text.length; k > 0; k -= 1) {
    const cut = `${text.slice(0, k).trimEnd()}…`;
    if (measure(cut, fontSize, bold) <= width) return cut;
  }
  return '…';
}

/**
 * Words into lines no wider than `width`; past `maxLines` the last line is cut with "…". A word
 * longer than a line is cut too, so nothing ever runs past the edge.
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  maxLines: number,
  measure: Measure = estimateWidth,
  bold = false,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined, fontSize, bold) <= width) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  const kept = lines
    .slice(0, maxLines)
    .map((l) => ellipsize(l, width, fontSize, measure, false, bold));
  const last = kept.length - 1;
  if (lines.length > maxLines && last >= 0) {
    kept[last] = ellipsize(lines[last] ?? '', width, fontSize, measure, true, bold);
  }
  return kept;
}

export interface LegendItem {
  /** Width of the swatch drawn before the text. */
  readonly swatch: number;
  readonly text: string;
  readonly fontSize: number;
}

export interface PlacedItem<T extends LegendItem> {
  readonly item: T;
  readonly x: number;
  /** Centre of the item's first line, from the legend's top. */
  readonly y: number;
  /** The item's text, wrapped within the legend's width. */
  readonly lines: readonly string[];
  /** From `x` to the end of its widest line. */
  readonly width: number;
}

export const SWATCH_GAP = 4;
const ITEM_GAP = 14;
/** A legend row of one-line items; each further line of a wrapped item adds LEGEND_LINE. */
export const LEGEND_ROW = 22;
export const LEGEND_LINE = 16;
/** Past this many lines an item's text is cut with "…" (no key needs as many). */
const MAX_ITEM_LINES = 4;

/**
 * Left to right, starting a new row when the next item would pass `right`; an item wider than
 * a whole row wraps its own text, so no item ever passes `right`.
 */
export function flowItems<T extends LegendItem>(
  items: readonly T[],
  left: number,
  right: number,
  measure: Measure = estimateWidth,
): { readonly placed: readonly PlacedItem<T>[]; readonly height: number } {
  const placed: PlacedItem<T>[] = [];
  let x = left;
  let rowTop = 0;
  let rowLines = 0;
  for (const item of items) {
    const lead = item.swatch > 0 ? item.swatch + SWATCH_GAP : 0;
    const room = Math.max(1, right - left - lead);
    const lines = wrapText(item.text, room, item.fontSize, MAX_ITEM_LINES, measure);
    const width = lead + Math.max(0, ...lines.map((l) => measure(l, item.fontSize)));
    if (x > left && x + width > right) {
      rowTop += LEGEND_ROW + LEGEND_LINE * (rowLines - 1);
      x = left;
      rowLines = 0;
    }
    placed.push({ item, x, y: rowTop + LEGEND_ROW / 2, lines, width });
    rowLines = Math.max(rowLines, lines.length);
    x += width + ITEM_GAP;
  }
  const height = items.length > 0 ? rowTop + LEGEND_ROW + LEGEND_LINE * (rowLines - 1) : 0;
  return { placed, height };
}
