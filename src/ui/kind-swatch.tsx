import type { EventKind } from '../domain/kinds';
import { kindSwatch } from '../lib/kind-style';

/** A kind's shape in its colour, as in its lane: beside a checkbox or in the legend. */
export function KindSwatch({ kind, size }: { kind: EventKind; size: number }) {
  const { d, fill } = kindSwatch(kind, size);
  return (
    <svg
      width={size}
      height={size}
      viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`}
      aria-hidden="true"
    >
      <path d={d} fill={fill} />
    </svg>
  );
}
