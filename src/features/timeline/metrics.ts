/**
 * The chart's sizes, all derived from one label size, so a briefing can draw the same chart large
 * enough to read from the back of a room (labels of 24 px and more) with every gap, row and mark
 * grown in proportion. The desk view uses the base size.
 */
export interface ChartMetrics {
  /** Label font size in px. */
  readonly labelSize: number;
  /** labelSize over the base size: what every other length is multiplied by. */
  readonly scale: number;
  /** A row holds one mark; rows stack within a kind's lane. */
  readonly rowHeight: number;
  readonly laneHeader: number;
  readonly laneGap: number;
  /** Average advance of the label font; labels are sized without measuring the DOM. */
  readonly labelCharWidth: number;
  readonly labelGap: number;
  /** Horizontal clearance between two items sharing a row. */
  readonly rowClearance: number;
  /** The "sources disagree" badge's radius. */
  readonly markerRadius: number;
  readonly densityHeight: number;
  /** Font of lane names, tick labels and glyph signs. */
  readonly smallFont: number;
  /** Font of the publication line's label. */
  readonly tinyFont: number;
  /** Room above the lanes for the publication-day label. */
  readonly plotTop: number;
  readonly axisHeight: number;
  /** Mark areas (px²) grow with the square of the scale, so shapes keep their proportions. */
  readonly areaScale: number;
  /**
   * Lines a "Date not given" label may take (2 when not given): 1 where rows are too short for
   * two, as on a briefing's stage, whose caption then gives the whole title.
   */
  readonly columnLabelLines?: 1 | 2;
}

export const BASE_LABEL_SIZE = 13;

const BASE = {
  rowHeight: 44,
  laneHeader: 22,
  laneGap: 8,
  labelCharWidth: 7,
  labelGap: 6,
  rowClearance: 12,
  markerRadius: 7.5,
  densityHeight: 56,
  smallFont: 12,
  tinyFont: 11,
  plotTop: 20,
  axisHeight: 28,
} as const;

/** The metrics for a label size in px (the base, 13 px, when not given or not a positive size). */
export function chartMetrics(labelSize: number = BASE_LABEL_SIZE): ChartMetrics {
  const size = Number.isFinite(labelSize) && labelSize > 0 ? labelSize : BASE_LABEL_SIZE;
  const scale = size / BASE_LABEL_SIZE;
  const grown = (n: number) => Math.round(n * scale * 100) / 100;
  return {
    labelSize: size,
    scale,
    rowHeight: grown(BASE.rowHeight),
    laneHeader: grown(BASE.laneHeader),
    laneGap: grown(BASE.laneGap),
    labelCharWidth: grown(BASE.labelCharWidth),
    labelGap: grown(BASE.labelGap),
    rowClearance: grown(BASE.rowClearance),
    markerRadius: grown(BASE.markerRadius),
    densityHeight: grown(BASE.densityHeight),
    smallFont: grown(BASE.smallFont),
    tinyFont: grown(BASE.tinyFont),
    plotTop: grown(BASE.plotTop),
    axisHeight: grown(BASE.axisHeight),
    areaScale: scale * scale,
  };
}

export const BASE_METRICS: ChartMetrics = chartMetrics();
