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

/**
 * A density as one SVG path of bars standing on `baseline`: the fullest bin `height` tall, every
 * other in proportion but never shorter than `minBar`, so a lone event stays visible. One
 * element however many events; empty when nothing was counted.
 */
export function densityBarsPath(
  density: DensityModel,
  baseline: number,
  height: number,
  minBar: number,
): string {
  if (density.max === 0) return '';
  const { binWidth } = density;
  const parts: string[] = [];
  density.counts.forEach((count, i) => {
    if (count === 0) return;
    const h = Math.max(minBar, (count / density.max) * height);
    parts.push(`M${i * binWidth},${baseline}v${-h}h${binWidth - 0.5}v${h}z`);
  });
  return parts.join('');
}
