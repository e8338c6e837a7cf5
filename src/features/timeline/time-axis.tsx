import type { Tick } from './ticks';

export interface TimeAxisProps {
  readonly ticks: readonly Tick[];
  /** Where the lanes start: the axis line is drawn here, its labels just above it. */
  readonly top: number;
  /** How far the gridlines run down through the lanes. */
  readonly plotHeight: number;
  /** Width of the time plot (not of the undated column beside it). */
  readonly width: number;
  readonly fontSize: number;
  /** Gridlines through the lanes: off in the sticky copy, which shows the labels only. */
  readonly grid?: boolean;
}

/**
 * The time axis at the top of the lanes, where it is seen before the marks it dates: labels
 * above a line, gridlines down through the lanes. From the tick model; no d3-axis.
 */
export function TimeAxis({ ticks, top, plotHeight, width, fontSize, grid = true }: TimeAxisProps) {
  return (
    <g aria-hidden="true" fontSize={fontSize} data-testid={grid ? 'time-axis' : undefined}>
      {ticks.map((tick) => (
        <g key={tick.key} transform={`translate(${tick.x},0)`}>
          {grid && <line y1={top} y2={top + plotHeight} stroke="var(--ct-grid)" />}
          <line y1={top - fontSize * 0.4} y2={top} stroke="var(--ct-muted)" />
          <text y={top - fontSize * 0.7} textAnchor={tick.anchor} fill="var(--ct-muted)">
            {tick.label}
          </text>
        </g>
      ))}
      <line x1={0} x2={width} y1={top} y2={top} stroke="var(--ct-muted)" />
    </g>
  );
}
