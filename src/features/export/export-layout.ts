/**
 * Where the export's header and legend lines go, without measuring text: characters are
 * counted at an average advance per font size, so long lines wrap (or are cut with "…") before
 * the edge instead of running off it. Pure.
 */

/** Average advance of the export's system font, per px of font size. */
const ADVANCE_PER_PX = 0.54;

export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * ADVANCE_PER_PX;
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
): string[] {
  const maxChars = Math.max(1, Math.floor(width / (fontSize * ADVANCE_PER_PX)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (joined.length <= maxChars) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, maxLines).map((l) => cut(l, maxChars));
  if (lines.length > maxLines) {
    const last = kept.length - 1;
    kept[last] = `${(kept[last] ?? '').slice(0, Math.max(0, maxChars - 1)).trimEnd()}…`;
  }
  return kept;
}

function cut(line: string, maxChars: number): string {
  return line.length <= maxChars ? line : `${line.slice(0, maxChars - 1).trimEnd()}…`;
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
  readonly row: number;
}

const SWATCH_GAP = 4;
const ITEM_GAP = 14;

/** Left to right, starting a new row when the next item would pass `right`. */
export function flowItems<T extends LegendItem>(
  items: readonly T[],
  left: number,
  right: number,
): { readonly placed: readonly PlacedItem<T>[]; readonly rows: number } {
  let x = left;
  let row = 0;
  const placed = items.map((item) => {
    const width = item.swatch + SWATCH_GAP + textWidth(item.text, item.fontSize);
    if (x > left && x + width > right) {
      row += 1;
      x = left;
    }
    const at = { item, x, row };
    x += width + ITEM_GAP;
    return at;
  });
  return { placed, rows: items.length > 0 ? row + 1 : 0 };
}
