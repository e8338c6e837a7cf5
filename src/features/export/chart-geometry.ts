import type { Box, LabelInput } from './export-labels';

/** Marked for the export to leave out: rings, focus, sticky copies of the axis. */
export const OMIT = '[data-export="omit"]';

function anchorOf(text: SVGTextElement): LabelInput['anchor'] {
  const anchor = text.getAttribute('text-anchor') ?? getComputedStyle(text).textAnchor;
  return anchor === 'end' || anchor === 'middle' ? anchor : 'start';
}

/** The element's box in the chart's own coordinates (its viewport), transforms applied. */
function boxInChart(element: SVGGraphicsElement): Box | null {
  const matrix = element.getCTM();
  if (!matrix) return null;
  const { x, y, width, height } = element.getBBox();
  if (width === 0 && height === 0) return null;
  const corners = [
    new DOMPoint(x, y),
    new DOMPoint(x + width, y),
    new DOMPoint(x, y + height),
    new DOMPoint(x + width, y + height),
  ].map((point) => point.matrixTransform(matrix));
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

export interface ChartGeometry {
  readonly labels: readonly LabelInput[];
  /** Every other text and every mark's shape: what a wrapped label must not run into. */
  readonly obstacles: readonly Box[];
}

/**
 * Reads, from the chart as drawn on the page, what the export needs to wrap its labels: each
 * label's anchor, size and drawn width (the room it had), and the boxes it must keep clear of.
 */
export function readChartGeometry(chart: SVGSVGElement): ChartGeometry {
  const labels: LabelInput[] = [];
  const obstacles: Box[] = [];
  for (const text of chart.querySelectorAll<SVGTextElement>('text')) {
    if (text.closest(OMIT)) continue;
    const id = text.getAttribute('data-label-for');
    const matrix = text.getCTM();
    if (id === null || !text.classList.contains('ct-label') || !matrix) {
      const box = boxInChart(text);
      if (box) obstacles.push(box);
      continue;
    }
    const x = text.x.baseVal[0]?.value ?? 0;
    const y = text.y.baseVal[0]?.value ?? 0;
    const at = new DOMPoint(x, y).matrixTransform(matrix);
    labels.push({
      id,
      x: at.x,
      y: at.y,
      anchor: anchorOf(text),
      fontSize: parseFloat(getComputedStyle(text).fontSize) || 13,
      text: text.textContent,
      full: text.getAttribute('data-full-label') ?? '',
      width: text.getComputedTextLength(),
    });
  }
  for (const shape of chart.querySelectorAll<SVGGraphicsElement>('[data-event-id] path')) {
    if (shape.closest(OMIT)) continue;
    const box = boxInChart(shape);
    if (box) obstacles.push(box);
  }
  return { labels, obstacles };
}
