import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useRef } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBaseTimeScale } from '../../lib/scales';
import { BUTTON_ZOOM_STEP } from './zoom-limits';
import { transformForRange } from './zoom-range';
import type { TimeRange, useTimeZoom as UseTimeZoom } from './use-time-zoom';

const d3ZoomImports = vi.hoisted(() => ({ count: 0 }));
vi.mock('d3-zoom', async (importOriginal) => {
  d3ZoomImports.count += 1;
  return importOriginal();
});

const WIDTH = 1000;
const REFERENCE = Date.UTC(2023, 11, 8);
const base = makeBaseTimeScale([Date.UTC(2020, 0, 1), Date.UTC(2023, 0, 1)], WIDTH, REFERENCE);

/** A chart of the hook's transform: its scale factor and left offset, and the zoom buttons. */
function probe(useTimeZoom: typeof UseTimeZoom) {
  return function Probe({
    range,
    onCommit,
  }: {
    range: TimeRange | null;
    onCommit: (range: TimeRange | null) => void;
  }) {
    const ref = useRef<SVGSVGElement>(null);
    const scale = useMemo(() => base.copy(), []);
    const zoom = useTimeZoom(ref, {
      width: WIDTH,
      wheelNeedsModifier: false,
      touchZoom: true,
      base: scale,
      range,
      onCommit,
    });
    return (
      <>
        <svg ref={ref} data-testid="chart" data-k={zoom.transform.k} data-x={zoom.transform.x} />
        <button type="button" onClick={zoom.zoomIn}>
          Zoom in
        </button>
      </>
    );
  };
}

/** The hook from a fresh module: d3-zoom not loaded yet, as on a page that just opened. */
async function freshProbe() {
  vi.resetModules();
  d3ZoomImports.count = 0;
  const { useTimeZoom } = await import('./use-time-zoom');
  return probe(useTimeZoom);
}

const k = () => Number(screen.getByTestId('chart').dataset.k);

describe('useTimeZoom', () => {
  beforeEach(() => {
    d3ZoomImports.count = 0;
  });

  it("draws a shared link's window without d3-zoom, and loads it when the reader points at the chart", async () => {
    const Probe = await freshProbe();
    const window: TimeRange = [Date.UTC(2021, 0, 1), Date.UTC(2021, 6, 1)];
    render(<Probe range={window} onCommit={vi.fn()} />);
    const expected = transformForRange(window, base);
    expect(k()).toBeCloseTo(expected.k, 9);
    expect(Number(screen.getByTestId('chart').dataset.x)).toBeCloseTo(expected.x, 6);
    expect(d3ZoomImports.count).toBe(0);

    fireEvent.pointerOver(screen.getByTestId('chart'));
    await waitFor(() => {
      expect(d3ZoomImports.count).toBe(1);
    });
    // d3-zoom, now driving the view, holds the same window.
    expect(k()).toBeCloseTo(expected.k, 9);
  });

  it('a zoom button pressed before d3-zoom has arrived zooms once it has, and commits', async () => {
    const Probe = await freshProbe();
    const onCommit = vi.fn<(range: TimeRange | null) => void>();
    render(<Probe range={null} onCommit={onCommit} />);
    expect(d3ZoomImports.count).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => {
      expect(k()).toBeCloseTo(BUTTON_ZOOM_STEP, 9);
    });
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(onCommit.mock.calls[0]?.[0]).toHaveLength(2);
  });

  it('the first wheel notch, taken before d3-zoom has arrived, zooms once it has', async () => {
    const Probe = await freshProbe();
    const onCommit = vi.fn();
    render(<Probe range={null} onCommit={onCommit} />);
    const chart = screen.getByTestId('chart');
    const notch = new WheelEvent('wheel', {
      deltaY: -120,
      clientX: 500,
      clientY: 10,
      bubbles: true,
      cancelable: true,
    });
    chart.dispatchEvent(notch);
    // Not the page's to scroll: d3-zoom would have taken it too.
    expect(notch.defaultPrevented).toBe(true);
    await waitFor(() => {
      expect(k()).toBeGreaterThan(1);
    });
    // d3-zoom commits a wheel gesture once the wheel has been still a moment.
    await waitFor(() => {
      expect(onCommit).toHaveBeenCalledTimes(1);
    });
  });
});
