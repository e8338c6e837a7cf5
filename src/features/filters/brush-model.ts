/** What a pointer press on the overview strip grabs. */
export type BrushGrab = 'start' | 'end' | 'move' | 'new';

export type Span = readonly [number, number];

/** Pixels either side of an edge that still grab it (a finger is wider than a cursor). */
export const EDGE_GRAB = 8;
/** A selection narrower than this on release is a click: it clears the window. */
export const MIN_BRUSH = 4;

export function grabAt(px: number, selection: Span | null): BrushGrab {
  if (!selection) return 'new';
  const [x0, x1] = selection;
  if (Math.abs(px - x0) <= EDGE_GRAB) return 'start';
  if (Math.abs(px - x1) <= EDGE_GRAB) return 'end';
  if (px > x0 && px < x1) return 'move';
  return 'new';
}

/**
 * The selection after dragging from `originPx` to `px`, kept inside `bounds`. Moving keeps the
 * width; dragging an edge past the other swaps them, as d3-brush does.
 */
export function dragBrush(
  grab: BrushGrab,
  origin: { readonly px: number; readonly selection: Span | null },
  px: number,
  [lo, hi]: Span,
): Span {
  const clamp = (v: number) => Math.min(hi, Math.max(lo, v));
  const p = clamp(px);
  const sel = origin.selection ?? [origin.px, origin.px];
  switch (grab) {
    case 'new':
      return order(clamp(origin.px), p);
    case 'start':
      return order(p, sel[1]);
    case 'end':
      return order(sel[0], p);
    case 'move': {
      const width = sel[1] - sel[0];
      const x0 = Math.min(hi - width, Math.max(lo, sel[0] + (px - origin.px)));
      return [x0, x0 + width];
    }
  }
}

function order(a: number, b: number): Span {
  return a <= b ? [a, b] : [b, a];
}
