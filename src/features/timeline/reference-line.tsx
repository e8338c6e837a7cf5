export interface ReferenceLineProps {
  readonly x: number;
  /** Where the label goes, above the lanes (negative: the lanes start at 0). */
  readonly top: number;
  readonly height: number;
  readonly label: string;
  readonly width: number;
  readonly fontSize: number;
  /** The sticky copy of the header: not the line tests and embedders look for. */
  readonly copy?: boolean;
}

/**
 * The article's publication day, the one day the source names: most open windows end here, so
 * the line explains why so many bands stop at the same place.
 */
export function ReferenceLine({
  x,
  top,
  height,
  label,
  width,
  fontSize,
  copy = false,
}: ReferenceLineProps) {
  if (x < 0 || x > width) return null;
  // Room for the label on the right, as measured at the base size (about 14 characters).
  const anchor = x > width - fontSize * 14.5 ? 'end' : 'start';
  return (
    <g aria-hidden="true" data-testid={copy ? undefined : 'publication-line'}>
      <line x1={x} x2={x} y1={top - 2} y2={height} stroke="var(--ct-text)" strokeDasharray="2 3" />
      <text
        x={anchor === 'end' ? x - 4 : x + 4}
        y={top - 4}
        textAnchor={anchor}
        fontSize={fontSize}
        fontWeight={600}
        fill="var(--ct-text)"
        stroke="var(--ct-surface)"
        strokeWidth={3}
        strokeLinejoin="round"
        paintOrder="stroke"
      >
        {label}
      </text>
    </g>
  );
}
