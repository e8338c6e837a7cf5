/** How finely a single EDTF date is given. Intervals take the precision of their bounds. */
export type DatePrecision = 'year' | 'season' | 'month' | 'day' | 'time';

/** One bound of a window: a precise edge, or open (`..`: the article sets no limit). */
export interface WindowEdge {
  /** Epoch milliseconds (UTC); for the end edge this is the first instant *after* the window. */
  readonly at: number;
  readonly precision: DatePrecision;
}

/**
 * The span of time an EDTF date allows. It is a window of possibility — the event happened once,
 * somewhere inside it — never a duration. `null` edges are open.
 */
export interface TimeWindow {
  readonly edtf: string;
  readonly start: WindowEdge | null;
  readonly end: WindowEdge | null;
  readonly isInterval: boolean;
  readonly uncertain: boolean;
  readonly approximate: boolean;
}

/**
 * The instant a mark stands for: the middle of a bounded window, the known edge of an open one
 * ("on or before 8 Dec" stands on 8 Dec, its band fading into the past).
 */
export function anchorInstant(span: TimeWindow): number {
  const { start, end } = span;
  if (start && end) return (start.at + end.at) / 2;
  if (end) return end.at;
  if (start) return start.at;
  return 0;
}
