import { groupThousands } from '../../domain/format';
import { KIND_LABELS } from '../../domain/kinds';
import type { ColumnModel } from './layout';
import type { ChartMetrics } from './metrics';

/** The column's heading: what its marks are, said once where the axis labels are. */
export const COLUMN_HEADING = 'Date not given';

/** "— 3 more: see the table", for a kind with more undated events than the column shows. */
export function hiddenNote(hidden: number): string {
  return hidden > 0 ? ` — ${groupThousands(hidden)} more: see the table` : '';
}

export interface ColumnFrameProps {
  readonly column: ColumnModel;
  /** Where the lanes start in the chart: a heading beside the plot sits just above it. */
  readonly headingY: number;
  readonly plotHeight: number;
  readonly metrics: ChartMetrics;
  /** The sticky copy of the header: the heading alone. */
  readonly headingOnly?: boolean;
}

/**
 * The "Date not given" column's frame: beside the plot, a divider and its heading in the axis
 * row (the lanes run on across it); below the plot, a heading and a header per kind.
 */
export function ColumnFrame({
  column,
  headingY,
  plotHeight,
  metrics,
  headingOnly = false,
}: ColumnFrameProps) {
  const { smallFont, laneHeader } = metrics;
  const pad = smallFont / 2;
  if (column.placement === 'beside') {
    const divider = column.x - (column.x - column.plotWidth) / 2;
    const heading = (
      <text
        x={column.x + pad}
        y={headingY - smallFont * 0.7}
        fontSize={smallFont}
        fontWeight={700}
        fill="var(--ct-text)"
      >
        {COLUMN_HEADING}
      </text>
    );
    if (headingOnly) return heading;
    return (
      <g aria-hidden="true" data-testid="undated-column" data-placement="beside">
        <line
          x1={divider}
          x2={divider}
          y1={headingY - smallFont * 1.6}
          y2={plotHeight}
          stroke="var(--ct-border)"
        />
        {heading}
        {column.groups.map((group) =>
          group.hidden > 0 ? (
            <text
              key={group.kind}
              x={column.x + pad}
              y={group.y + smallFont * 1.25}
              fontSize={smallFont}
              fill="var(--ct-muted)"
            >
              {hiddenNote(group.hidden).replace(/^ — /, '')}
            </text>
          ) : null,
        )}
      </g>
    );
  }
  return (
    <g aria-hidden="true" data-testid="undated-column" data-placement="below">
      <line x1={0} x2={column.width} y1={column.top} y2={column.top} stroke="var(--ct-border)" />
      <text
        x={pad}
        y={column.top + laneHeader * 0.75}
        fontSize={smallFont * 1.1}
        fontWeight={700}
        fill="var(--ct-text)"
      >
        {COLUMN_HEADING}
      </text>
      {column.groups.map((group, i) => (
        <g key={group.kind}>
          <rect
            x={0}
            y={group.y}
            width={column.width}
            height={group.height}
            fill={i % 2 === 0 ? 'var(--ct-lane)' : 'transparent'}
          />
          <text
            x={pad}
            y={group.y + smallFont * 1.25}
            fontSize={smallFont}
            fontWeight={600}
            fill="var(--ct-muted)"
          >
            {KIND_LABELS[group.kind]}
            {hiddenNote(group.hidden)}
          </text>
        </g>
      ))}
    </g>
  );
}
