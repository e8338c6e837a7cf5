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

/** Counts anchors (in px) into bins as they come; `model()` reads the result. */
export class DensityBins {
  private readonly counts: Float64Array;
  private total = 0;

  constructor(private readonly width: number) {
    this.counts = new Float64Array(Math.max(1, Math.ceil(width / BIN_PX)));
  }

  add(cx: number): void {
    if (!(cx >= 0 && cx < this.width)) return;
    const bin = Math.floor(cx / BIN_PX);
    this.counts[bin] = (this.counts[bin] ?? 0) + 1;
    this.total += 1;
  }

  model(): DensityModel {
    let max = 0;
    for (const count of this.counts) max = Math.max(max, count);
    return { binWidth: BIN_PX, counts: Array.from(this.counts), total: this.total, max };
  }
}
