import { groupThousands } from '../../domain/format';
import { KIND_LABELS } from '../../domain/kinds';
import { KIND_STYLE } from '../../lib/kind-style';
import type { LaneModel } from './layout';
import { DENSITY_HEIGHT, LANE_HEADER } from './layout';

const PAD = 6;
const MIN_BAR = 1.5;

/** The bar heights of one density strip as a single path: one element however many events. */
export function densityPath(lane: LaneModel): string {
  const { density } = lane;
  if (!density || density.max === 0) return '';
  const bottom = lane.y + LANE_HEADER + DENSITY_HEIGHT - PAD;
  const usable = DENSITY_HEIGHT - 2 * PAD;
  const parts: string[] = [];
  density.counts.forEach((count, i) => {
    if (count === 0) return;
    const h = Math.max(MIN_BAR, (count / density.max) * usable);
    parts.push(`M${i * density.binWidth},${bottom}v${-h}h${density.binWidth - 0.5}v${h}z`);
  });
  return parts.join('');
}

/** Lanes in density mode: how many events fall where, with a sentence for screen readers. */
export function DensityLanes({ lanes }: { lanes: readonly LaneModel[] }) {
  return (
    <g>
      {lanes.map((lane) =>
        lane.density ? (
          <path
            key={lane.kind}
            d={densityPath(lane)}
            fill={KIND_STYLE[lane.kind].color}
            role="img"
            aria-label={`${KIND_LABELS[lane.kind]}: ${groupThousands(lane.density.total)} events in view, drawn as a density. Zoom in, filter or use the table to see each one.`}
            data-density={lane.kind}
          />
        ) : null,
      )}
    </g>
  );
}
