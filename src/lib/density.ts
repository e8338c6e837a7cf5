/** Width of one density bin, in px. */
export const BIN_PX = 4;

/**
 * Events too many to draw one by one: how many anchors fall in each BIN_PX-wide slice of
 * [0, width]. Anchors outside the plot are not counted.
 */
export interface DensityModel {
  readonly binWidth: number;
  readonly counts: readonly number[];
  /** Events counted (anchors inside the plot). */
  readonly total: number;
  readonly max: number;
}

export function densityOf(items: Iterable<{ readonly cx: number }>, width: number): DensityModel {
  const bins = Math.max(1, Math.ceil(width / BIN_PX));
  const counts = new Array<number>(bins).fill(0);
  let total = 0;
  let max = 0;
  for (const { cx } of items) {
    if (cx < 0 || cx >= width) continue;
    const bin = Math.floor(cx / BIN_PX);
    const count = (counts[bin] ?? 0) + 1;
    counts[bin] = count;
    max = Math.max(max, count);
    total += 1;
  }
  return { binWidth: BIN_PX, counts, total, max };
}
