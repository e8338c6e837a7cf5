import type { Tick } from './ticks';

export const AXIS_HEIGHT = 28;

/** Gridlines through the lanes and labels below them, from the tick model; no d3-axis. */
export function TimeAxis({
  ticks,
  top,
  width,
}: {
  ticks: readonly Tick[];
  top: number;
  width: number;
}) {
  return (
    <g aria-hidden="true" fontSize={12}>
      {ticks.map((tick) => (
        <g key={tick.key} transform={`translate(${tick.x},0)`}>
          <line y1={0} y2={top} stroke="var(--ct-grid)" />
          <text y={top + 18} textAnchor={tick.anchor} fill="var(--ct-muted)">
            {tick.label}
          </text>
        </g>
      ))}
      <line x1={0} x2={width} y1={top} y2={top} stroke="var(--ct-muted)" />
    </g>
  );
}
