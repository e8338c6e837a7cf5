/**
 * How strongly an event that is not spotlit is drawn while presenting (opacity). Low enough to
 * set the spotlit event apart, high enough that every kind's colour and the label text keep 3:1
 * contrast against the page, the surface and the lane fill in both themes (a projector washes
 * out anything fainter; spotlight.test.ts checks the real tokens).
 */
export const DIMMED = 0.75;

/** The linear-light channel of an sRGB value 0–255, per WCAG 2. */
function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export type Rgb = readonly [number, number, number];

/** "#c2410c" → [194, 65, 12]. */
export function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) throw new Error(`"${hex}" is not a #rrggbb colour`);
  const [, r = '0', g = '0', b = '0'] = match;
  return [parseInt(r, 16), parseInt(g, 16), parseInt(b, 16)];
}

export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** A colour drawn at `opacity` over a background, as the screen shows it. */
export function composite(colour: Rgb, background: Rgb, opacity: number): Rgb {
  const mix = (i: 0 | 1 | 2) => opacity * colour[i] + (1 - opacity) * background[i];
  return [mix(0), mix(1), mix(2)];
}
