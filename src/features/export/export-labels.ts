import { estimateWidth, wrapText } from './export-layout';
import type { Measure } from './export-layout';

/** A box in the chart's coordinates (y down). */
export interface Box {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** A chart label as drawn: where, how big, its drawn text and the title it stands for. */
export interface LabelInput {
  readonly id: string;
  /** The text's anchor point; `y` is the centre of its line (the chart draws it at dy 0.35em). */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly fontSize: number;
  /** As drawn: may be cut short with "…". */
  readonly text: string;
  readonly full: string;
  /** Width of the drawn text: the room the label had beside its mark. */
  readonly width: number;
}

export interface WrappedLabel {
  readonly id: string;
  /** One line, or the full title over several (the last cut with "…" only if room ran out). */
  readonly lines: readonly string[];
  /** Offset of each line's centre from the label's `y`. */
  readonly offsets: readonly number[];
  readonly box: Box;
}

/** Line spacing of a wrapped label, per px of font size. */
export const LABEL_LINE_EM = 1.2;
/** A title past this many lines is cut: a label is a name, not a paragraph. */
const MAX_LABEL_LINES = 4;

function isCut(label: LabelInput): boolean {
  return label.text.endsWith('…') && label.full !== '' && label.full !== label.text;
}

/** The box `lines` lines of `width` take, centred on the label's line. */
export function labelBox(label: LabelInput, width: number, lines: number): Box {
  const x0 =
    label.anchor === 'start'
      ? label.x
      : label.anchor === 'end'
        ? label.x - width
        : label.x - width / 2;
  const half = (lines * label.fontSize * LABEL_LINE_EM) / 2;
  return { x0, x1: x0 + width, y0: label.y - half, y1: label.y + half };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Static images have no hover: a label the chart cut short ("64 reservists captured at Hin
 * Tagher and Khtsab…") is written in full, wrapped within the width it had, on as many lines
 * as fit before it would touch another label, a text or a mark (`obstacles`), or leave the
 * chart (`top`, `bottom`). Labels are settled in order, each against the others as already
 * settled, so no two end up overlapping. Pure.
 */
export function wrapLabels(
  labels: readonly LabelInput[],
  obstacles: readonly Box[],
  bounds: { readonly top: number; readonly bottom: number },
  measure: Measure = estimateWidth,
): WrappedLabel[] {
  const boxes = labels.map((label) => labelBox(label, label.width, 1));
  return labels.map((label, index) => {
    if (!isCut(label)) {
      return {
        id: label.id,
        lines: [label.text],
        offsets: [0],
        box: labelBox(label, label.width, 1),
      };
    }
    const wanted = wrapText(label.full, label.width, label.fontSize, MAX_LABEL_LINES, measure);
    const fits = (n: number) => {
      const box = labelBox(label, label.width, n);
      if (box.y0 < bounds.top || box.y1 > bounds.bottom) return false;
      if (obstacles.some((o) => overlaps(box, o))) return false;
      return boxes.every((other, j) => j === index || !overlaps(box, other));
    };
    let n = 1;
    while (n < wanted.length && fits(n + 1)) n += 1;
    // With no room for a second line, the drawn text is the best one line there is.
    const lines =
      n === wanted.length
        ? wanted
        : n === 1
          ? [label.text]
          : wrapText(label.full, label.width, label.fontSize, n, measure);
    const step = label.fontSize * LABEL_LINE_EM;
    const box = labelBox(label, label.width, lines.length);
    boxes[index] = box;
    return {
      id: label.id,
      lines,
      offsets: lines.map((_, i) => (i - (lines.length - 1) / 2) * step),
      box,
    };
  });
}
