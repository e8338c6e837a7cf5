import { groupThousands } from '../../domain/format';
import { KIND_LABELS } from '../../domain/kinds';
import { densityBarsPath } from '../../lib/density';
import { KIND_STYLE } from '../../lib/kind-style';
import type { LaneModel } from './layout';
import type { ChartMetrics } from './metrics';

const PAD = 6;
const MIN_BAR = 1.5;

/** The bar heights of one density strip as a single path: one element however many events. */
function densityPath({ density, y }: LaneModel, metrics: ChartMetrics): string {
  if (!density) return '';
  const { laneHeader, densityHeight, scale } = metrics;
  return densityBarsPath(
    density,
    y + laneHeader + densityHeight - PAD * scale,
    densityHeight - 2 * PAD * scale,
    MIN_BAR,
  );
}

/** Lanes in density mode: how many events fall where, with a sentence for screen readers. */
export function DensityLanes({
  lanes,
  metrics,
}: {
  lanes: readonly LaneModel[];
  metrics: ChartMetrics;
}) {
  return (
    <g>
      {lanes.map((lane) =>
        lane.density ? (
          <path
            key={lane.kind}
            d={densityPath(lane, metrics)}
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
