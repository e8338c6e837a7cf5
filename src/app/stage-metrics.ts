import { chartMetrics } from '../features/timeline/metrics';
import type { ChartMetrics } from '../features/timeline/metrics';

/**
 * Marks, rows and gaps grow with this share of the labels' growth. Grown as much as the labels,
 * the article's eleven rows need 1,244 px at 24 px labels, more than a 1080 px screen; the words
 * are what the back of the room must read, the marks only need to stay distinct.
 */
const MARK_SHARE = 0.6;
/** A row is at least this many label sizes tall, so a label never touches the next row's. */
const MIN_ROW_LINES = 1.75;

/**
 * The chart's metrics on a stage: text (labels, lane names, ticks, the axis and the reference
 * line's label) at the label size, marks and rows at a share of it.
 */
export function stageMetrics(labelSize: number): ChartMetrics {
  const text = chartMetrics(labelSize);
  const marks = chartMetrics(text.labelSize * MARK_SHARE);
  return {
    ...marks,
    labelSize: text.labelSize,
    scale: text.scale,
    labelCharWidth: text.labelCharWidth,
    labelGap: text.labelGap,
    smallFont: text.smallFont,
    tinyFont: text.tinyFont,
    plotTop: text.plotTop,
    axisHeight: text.axisHeight,
    laneHeader: text.laneHeader,
    rowHeight: Math.max(marks.rowHeight, Math.ceil(text.labelSize * MIN_ROW_LINES)),
    // Rows this short hold one line of label; the caption gives the step's whole title.
    columnLabelLines: 1,
  };
}
