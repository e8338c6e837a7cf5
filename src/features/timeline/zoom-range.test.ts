import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedExtent } from '../../domain/summarize';
import { anchorInstant } from '../../domain/time-window';
import { makeBaseTimeScale, PLOT_INSET } from '../../lib/scales';
import { ARBITRARY_START, eventsArb } from '../../test/arbitrary-events';
import { MAX_ZOOM } from './zoom-limits';
import { rangeOfTransform, transformForRange, zoomBoundsFor } from './zoom-range';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const REFERENCE = Date.UTC(2023, 11, 8);

/** Windows from an hour to twenty years, starting up to ten years either side of the data. */
const windowArb = fc
  .tuple(fc.integer({ min: -3650, max: 3650 }), fc.integer({ min: 1, max: 20 * 365 * 24 }))
  .map(([startDay, hours]): [number, number] => {
    const from = ARBITRARY_START + startDay * DAY;
    return [from, from + hours * HOUR];
  });

/** Events, a window to show and a plot width, with the whole-dataset scale they give. */
const sceneArb = fc
  .tuple(eventsArb(30), windowArb, fc.integer({ min: 200, max: 1600 }))
  .map(([events, window, width]) => ({
    events,
    window,
    width,
    base: makeBaseTimeScale(boundedExtent(events), width, REFERENCE),
  }));

describe('transformForRange', () => {
  it('draws every event whose anchor lies in the window inside the plot', () => {
    fc.assert(
      fc.property(sceneArb, ({ events, window: [from, to], width, base }) => {
        const x = transformForRange([from, to], base).rescaleX(base);
        for (const event of events) {
          const at = anchorInstant(event.window);
          if (at < from || at > to) continue;
          expect(x(at)).toBeGreaterThanOrEqual(PLOT_INSET - 1e-6);
          expect(x(at)).toBeLessThanOrEqual(width - PLOT_INSET + 1e-6);
        }
      }),
    );
  });

  it('shows exactly the asked window, wider or narrower than the data, down to MAX_ZOOM', () => {
    fc.assert(
      fc.property(sceneArb, ({ window: [from, to], base }) => {
        const [lo = 0, hi = 0] = base.domain().map((d) => d.getTime());
        fc.pre((hi - lo) / (to - from) <= MAX_ZOOM);
        const shown = transformForRange([from, to], base)
          .rescaleX(base)
          .domain()
          .map((d) => d.getTime());
        expect(shown[0]).toBeCloseTo(from, -2);
        expect(shown[1]).toBeCloseTo(to, -2);
      }),
    );
  });

  it('shows 1 Jan 2020 – 1 Jan 2024 for that window over data from Sep 2020 to Dec 2023', () => {
    const base = makeBaseTimeScale([Date.UTC(2020, 8, 27), REFERENCE], 1000, REFERENCE);
    const window: [number, number] = [Date.UTC(2020, 0, 1), Date.UTC(2024, 0, 1)];
    const transform = transformForRange(window, base);
    expect(transform.k).toBeLessThan(1);
    expect(rangeOfTransform(transform, base)).toEqual(window);
    const x = transform.rescaleX(base);
    expect(x(REFERENCE)).toBeGreaterThan(PLOT_INSET);
    expect(x(REFERENCE)).toBeLessThan(1000 - PLOT_INSET);
  });
});

describe('zoomBoundsFor', () => {
  it('keeps the data limits for the unzoomed view and a window inside the data', () => {
    const base = makeBaseTimeScale([Date.UTC(2020, 8, 27), REFERENCE], 1000, REFERENCE);
    const inside = transformForRange([Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1)], base);
    expect(zoomBoundsFor(inside, 1000)).toEqual({
      scaleExtent: [1, MAX_ZOOM],
      translateExtent: [
        [0, 0],
        [1000, 1],
      ],
    });
  });

  it('widens to the part of a window beyond the data, so d3-zoom can hold that view', () => {
    const base = makeBaseTimeScale([Date.UTC(2020, 8, 27), REFERENCE], 1000, REFERENCE);
    const wide = transformForRange([Date.UTC(2020, 0, 1), Date.UTC(2024, 0, 1)], base);
    const { scaleExtent, translateExtent } = zoomBoundsFor(wide, 1000);
    expect(scaleExtent).toEqual([wide.k, MAX_ZOOM]);
    expect(translateExtent[0][0]).toBeCloseTo(wide.invertX(0), 9);
    expect(translateExtent[0][0]).toBeLessThan(0);
    // The padded data reaches past 1 Jan 2024, so the right limit stays the plot's own.
    expect(wide.invertX(1000)).toBeLessThan(1000);
    expect(translateExtent[1][0]).toBe(1000);
  });
});
