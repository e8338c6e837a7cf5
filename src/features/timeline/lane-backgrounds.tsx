import { groupThousands } from '../../domain/format';
import { KIND_LABELS } from '../../domain/kinds';
import type { LaneModel } from './layout';

/** What the lane header adds after the kind: how the lane is drawn, when not one mark each. */
export function laneNote(lane: LaneModel): string {
  if (lane.density) {
    return ` — ${groupThousands(lane.density.total)} in view, shown as density: zoom in to see each`;
  }
  const notes = [
    lane.compact ? 'labels hidden: zoom in, or point at a mark' : '',
    lane.outside > 0
      ? `not drawn: ${groupThousands(lane.outside)} more whose date windows reach in from outside the view`
      : '',
  ].filter((note) => note !== '');
  return notes.length > 0 ? ` — ${notes.join('; ')}` : '';
}

/** Alternating lane fills with each lane's name in its header row. */
export function LaneBackgrounds({
  lanes,
  width,
  fontSize,
}: {
  lanes: readonly LaneModel[];
  width: number;
  fontSize: number;
}) {
  return (
    <g aria-hidden="true">
      {lanes.map((lane, i) => (
        <g key={lane.kind}>
          <rect
            x={0}
            y={lane.y}
            width={width}
            height={lane.height}
            fill={i % 2 === 0 ? 'var(--ct-lane)' : 'transparent'}
          />
          <text
            x={fontSize / 2}
            y={lane.y + fontSize * 1.25}
            fontSize={fontSize}
            fontWeight={600}
            fill="var(--ct-muted)"
          >
            {KIND_LABELS[lane.kind]}
            {laneNote(lane)}
          </text>
        </g>
      ))}
    </g>
  );
}
