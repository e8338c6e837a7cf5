/**
 * The marks' shapes as SVG path data, centred on 0,0 with the given area in px²: the path
 * strings d3-shape's symbol() draws for the same type and size (to three decimals, as it
 * rounds), tested against it — without its generators, path buffer and the shapes we never
 * draw, which the page would load for five outlines.
 */
export type SymbolShape = (area: number) => string;

const round = (value: number) => Math.round(value * 1000) / 1000;

/** A closed polygon: M, then L to each further point, then Z. */
function polygon(points: readonly (readonly [number, number])[]): string {
  const steps = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)},${round(y)}`);
  return `${steps.join('')}Z`;
}

export const symbolCircle: SymbolShape = (area) => {
  const radius = Math.sqrt(area / Math.PI);
  const r = round(radius);
  // d3-path draws a full circle as two half arcs; a zero radius is only its starting point.
  if (!radius) return 'M0,0';
  return `M${r},0A${r},${r},0,1,1,${round(0 - radius)},0A${r},${r},0,1,1,${r},0`;
};

export const symbolSquare: SymbolShape = (area) => {
  const w = Math.sqrt(area);
  const x = round(-w / 2);
  return `M${x},${x}h${round(w)}v${round(w)}h${round(-w)}Z`;
};

const SQRT3 = Math.sqrt(3);

export const symbolTriangle: SymbolShape = (area) => {
  const y = -Math.sqrt(area / (SQRT3 * 3));
  return polygon([
    [0, y * 2],
    [-SQRT3 * y, -y],
    [SQRT3 * y, -y],
  ]);
};

const TAN30 = Math.sqrt(1 / 3);
const TAN30_2 = TAN30 * 2;

export const symbolDiamond: SymbolShape = (area) => {
  const y = Math.sqrt(area / TAN30_2);
  const x = y * TAN30;
  return polygon([
    [0, -y],
    [x, 0],
    [0, y],
    [-x, 0],
  ]);
};

// The three-armed star: one arm, and the same arm turned by ±120°.
const C = -0.5;
const S = Math.sqrt(3) / 2;
const K = 1 / Math.sqrt(12);
const A = (K / 2 + 1) * 3;

export const symbolWye: SymbolShape = (area) => {
  const r = Math.sqrt(area / A);
  const x0 = r / 2;
  const y0 = r * K;
  const x1 = x0;
  const y1 = r * K + r;
  const x2 = -x1;
  const y2 = y1;
  return polygon([
    [x0, y0],
    [x1, y1],
    [x2, y2],
    [C * x0 - S * y0, S * x0 + C * y0],
    [C * x1 - S * y1, S * x1 + C * y1],
    [C * x2 - S * y2, S * x2 + C * y2],
    [C * x0 + S * y0, C * y0 - S * x0],
    [C * x1 + S * y1, C * y1 - S * x1],
    [C * x2 + S * y2, C * y2 - S * x2],
  ]);
};
