import type { Tick } from './ticks';

/** Gridlines through the lanes and labels below them, from the tick model; no d3-axis. */
export function TimeAxis({
  ticks,
  top,
  width,
  fontSize,
}: {
  ticks: readonly Tick[];
  top: number;
  width: number;
  fontSize: number;
}) {
  return (
    <g aria-hidden="true" fontSize={fontSize}>
      {ticks.map((tick) => (
        <g key={tick.key} transform={`translate(${tick.x},0)`}>
          <line y1={0} y2={top} stroke="var(--ct-grid)" />
          <text y={top + fontSize * 1.5} textAnchor={tick.anchor} fill="var(--ct-muted)">
            {tick.label}
          </text>
        </g>
      ))}
      <line x1={0} x2={width} y1={top} y2={top} stroke="var(--ct-muted)" />
    </g>
  );
}
