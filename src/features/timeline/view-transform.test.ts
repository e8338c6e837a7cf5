import { scaleUtc } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { IDENTITY, viewTransform } from './view-transform';

const base = scaleUtc()
  .domain([new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2024, 0, 1))])
  .range([20, 980]);

describe('viewTransform', () => {
  it("shows the same domain as d3-zoom's transform of the same k and x", () => {
    for (const [k, x] of [
      [1, 0],
      [2.5, -300],
      [0.4, 120],
      [2000, -1_500_000],
    ] as const) {
      const ours = viewTransform(k, x).rescaleX(base).domain();
      const d3s = zoomIdentity.translate(x, 0).scale(k).rescaleX(base).domain();
      expect(ours.map((d) => d.getTime())).toEqual(d3s.map((d) => d.getTime()));
      expect(viewTransform(k, x).invertX(500)).toBe(
        zoomIdentity.translate(x, 0).scale(k).invertX(500),
      );
    }
  });

  it('leaves the scale it rescales alone, and the identity shows it unchanged', () => {
    const before = base.domain().map((d) => d.getTime());
    expect(
      IDENTITY.rescaleX(base)
        .domain()
        .map((d) => d.getTime()),
    ).toEqual(before);
    viewTransform(3, -100).rescaleX(base);
    expect(base.domain().map((d) => d.getTime())).toEqual(before);
  });
});
