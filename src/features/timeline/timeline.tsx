import { useId, useMemo, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import { kindsIn } from '../../domain/event-columns';
import { describeChart } from '../../domain/summarize';
import type { Cohort, TimelineEvent } from '../../domain/types';
import { useElementSize } from '../../hooks/use-element-size';
import { usePrerendering } from '../../hooks/use-prerendering';
import { DensityLanes } from './density-lanes';
import { EventMarks } from './event-marks';
import { EventTooltip } from './event-tooltip';
import { LaneBackgrounds } from './lane-backgrounds';
import { layoutTimeline } from './layout';
import { Legend, WIDE_MIN_WIDTH } from './legend';
import { makeAreaScale, makeBaseTimeScale } from '../../lib/scales';
import { ReferenceLine } from './reference-line';
import { makeTicks } from './ticks';
import { TimeAxis } from './time-axis';
import { chartMetrics } from './metrics';
import type { ChartMetrics } from './metrics';
import { useTimeZoom } from './use-time-zoom';
import type { TimeRange } from './use-time-zoom';
import { formatVisibleRange } from './visible-range';
import { BandGradients, WindowBands } from './window-bands';
import { ZoomControls } from './zoom-controls';
import { ColumnFrame } from './column-frame';
import { undatedColumn } from './undated-column';
import { CohortThreads } from './cohort-threads';
import { ThreadNote } from './thread-note';
import { cohortThreads } from './threads';
import { isIdentity } from './zoom-range';

export interface TimelineProps {
  readonly events: readonly TimelineEvent[];
  /** Bounded extent of the whole dataset, so filtering never rescales the axis. */
  readonly extent: readonly [number, number] | null;
  /** Largest count in the whole dataset, so mark areas stay comparable across views. */
  readonly maxCount: number;
  readonly selectedId: string | null;
  readonly onSelect: (id: string | null) => void;
  readonly wheelNeedsModifier: boolean;
  readonly touchZoom: boolean;
  /** Presentation: fade every mark but the selected one. */
  readonly spotlight?: boolean;
  /** The other events of the selected event's cohorts, each with the cohort's label. */
  readonly cohort?: ReadonlyMap<string, string>;
  /** The committed visible window (the URL's from/to), or null for the whole extent. */
  readonly range: TimeRange | null;
  readonly onRangeCommit: (range: TimeRange | null) => void;
  /** Extra controls beside the zoom buttons, given the chart's SVG node (e.g. export). */
  readonly toolbar?: ReactNode;
  /** The chart's SVG node, for callers that read it (export); the timeline owns it otherwise. */
  readonly chartRef?: RefObject<SVGSVGElement | null>;
  /** The article's publication day: drawn as a reference line at its end. */
  readonly reference: { readonly at: number; readonly label: string };
  /** Label font size in px (13 by default); every size of the chart grows with it. */
  readonly labelSize?: number;
  /** The id of the heading that names the chart's figure. */
  readonly labelledBy?: string;
  /** Every size at once, instead of from `labelSize` (a briefing grows the words more than the marks). */
  readonly metrics?: ChartMetrics;
  /** The selected event's cohorts, each drawn as a thread joining its events. */
  readonly cohorts?: readonly Cohort[];
  /** The zoom buttons and visible range above the chart (off for briefings). Default true. */
  readonly controls?: boolean;
  /** The width to lay the chart out at before its container is measured (UNMEASURED_WIDTH). */
  readonly unmeasuredWidth?: number;
}

const NO_COHORTS: readonly Cohort[] = [];

/** The width the chart is laid out at before its container is measured (a desk's chart column). */
export const UNMEASURED_WIDTH = 900;
/** The same for a chart that is most often narrow (an embed in an article's column or a phone). */
export const UNMEASURED_NARROW_WIDTH = 400;

/**
 * The timeline container: measures its width, builds the scales, runs the zoom hook and renders
 * the layout model. All geometry comes from pure functions (scales, layout, ticks).
 */
export function Timeline(props: TimelineProps) {
  const { events, extent, maxCount, selectedId, onSelect, wheelNeedsModifier, reference } = props;
  const { range, onRangeCommit, touchZoom, spotlight = false, cohort } = props;
  const { cohorts = NO_COHORTS, controls = true } = props;
  const [openNote, setOpenNote] = useState<string | null>(null);
  const [containerRef, { width: measuredWidth }] = useElementSize<HTMLDivElement>();
  // Before the container is measured, a prerendered page (and the render that hydrates it) lays
  // the chart out at the width it most likely has (`unmeasuredWidth`), at that layout's height,
  // its content scaled down into a narrower container: the box keeps the height the measured
  // chart will have, so nothing below it moves when it is drawn at its width. A page the client
  // draws alone draws no chart until it knows the width (a briefing fits its type to it).
  const prerendering = usePrerendering();
  const measured = measuredWidth > 0;
  const drawn = measured || prerendering;
  const width = measured ? measuredWidth : (props.unmeasuredWidth ?? UNMEASURED_WIDTH);
  const ownRef = useRef<SVGSVGElement>(null);
  const svgRef = props.chartRef ?? ownRef;
  const [pointed, setPointed] = useState<string | null>(null);
  const descriptionId = useId();

  const metrics = useMemo(
    () => props.metrics ?? chartMetrics(props.labelSize),
    [props.metrics, props.labelSize],
  );
  // Per data change and size, not per zoom frame: the column's place fixes the plot's width.
  const column = useMemo(() => undatedColumn(events, width, metrics), [events, width, metrics]);
  const plotWidth = column ? column.plotWidth : width;
  const base = useMemo(
    () => makeBaseTimeScale(extent, plotWidth, reference.at),
    [extent, plotWidth, reference.at],
  );
  const areaOf = useMemo(() => makeAreaScale(maxCount), [maxCount]);
  const zoom = useTimeZoom(svgRef, {
    width: plotWidth,
    wheelNeedsModifier,
    touchZoom,
    base,
    range,
    onCommit: onRangeCommit,
  });
  const x = useMemo(() => zoom.transform.rescaleX(base), [zoom.transform, base]);
  const layout = useMemo(
    () => layoutTimeline(events, x, { width, column, areaOf, metrics, reference: reference.at }),
    [events, x, width, column, areaOf, metrics, reference.at],
  );
  const ticks = useMemo(
    () => makeTicks(x, plotWidth, metrics.scale),
    [x, plotWidth, metrics.scale],
  );
  const pointedMark = layout.marks.find((m) => m.event.id === pointed) ?? null;
  const threads = useMemo(
    () => cohortThreads(layout, cohorts, plotWidth),
    [layout, cohorts, plotWidth],
  );
  const noteThread = threads.find((t) => t.cohortId === openNote && t.note !== null) ?? null;
  const closeNote = () => {
    const id = openNote;
    setOpenNote(null);
    if (id === null) return;
    svgRef.current?.querySelector<SVGGElement>(`[data-thread-note="${CSS.escape(id)}"]`)?.focus();
  };
  // Per data change, not per zoom frame: the transform re-renders this component every frame.
  const kinds = useMemo(() => kindsIn(events), [events]);
  const disputed = useMemo(() => events.some((event) => event.dispute !== null), [events]);
  const cohortShown = layout.marks.some((mark) => cohort?.has(mark.event.id) === true);
  const description = useMemo(() => describeChart(events), [events]);
  const [from, to] = x.domain();
  const { plotTop, axisHeight, smallFont, tinyFont, rowHeight, labelSize, laneGap } = metrics;
  // The publication day's label, then the axis labels, then the lanes.
  const header = plotTop + axisHeight;
  const height = header + layout.height + laneGap;
  const clipId = `${descriptionId.replace(/:/g, '')}-plot`;
  const referenceX = layout.referenceX ?? x(reference.at);
  const headerParts = (grid: boolean) => (
    <>
      <TimeAxis
        ticks={ticks}
        top={0}
        plotHeight={layout.plotHeight}
        width={plotWidth}
        fontSize={smallFont}
        grid={grid}
      />
      <ReferenceLine
        x={referenceX}
        top={-axisHeight}
        height={grid ? layout.plotHeight : 0}
        label={reference.label}
        width={plotWidth}
        fontSize={tinyFont}
        copy={!grid}
      />
    </>
  );

  return (
    <figure
      aria-labelledby={props.labelledBy}
      className="flex flex-col gap-2"
      data-ready={measured ? 'true' : 'false'}
      data-testid="timeline"
    >
      {controls && (
        <div className="flex flex-wrap items-center justify-between gap-2" data-needs-js="">
          <ZoomControls
            onZoomIn={zoom.zoomIn}
            onZoomOut={zoom.zoomOut}
            onReset={zoom.reset}
            canZoomOut={zoom.transform.k > 1}
            canReset={!isIdentity(zoom.transform)}
            visibleRange={from && to ? formatVisibleRange([from, to]) : ''}
          />
          {props.toolbar}
        </div>
      )}
      <Legend
        kinds={kinds}
        disputed={disputed}
        cohort={cohortShown}
        undated={column !== null}
        assumeWide={(props.unmeasuredWidth ?? UNMEASURED_WIDTH) >= WIDE_MIN_WIDTH}
      />
      <p id={descriptionId} className="sr-only">
        {description}{' '}
        <span data-needs-js="">
          Use the arrow keys to move between events, Enter to open one and Escape to close it.
        </span>
      </p>
      <div ref={containerRef} className="relative w-full">
        {measured && (
          <div
            className="no-print pointer-events-none sticky top-0 z-10 h-0"
            data-export="omit"
            data-testid="sticky-axis"
            aria-hidden="true"
          >
            <svg width={width} height={header} className="block">
              <rect width={width} height={header} fill="var(--ct-bg)" />
              <g transform={`translate(0,${header})`}>
                {headerParts(false)}
                {column?.placement === 'beside' && layout.column && (
                  <ColumnFrame
                    column={layout.column}
                    headingY={0}
                    plotHeight={0}
                    metrics={metrics}
                    headingOnly
                  />
                )}
              </g>
            </svg>
          </div>
        )}
        {drawn && (
          <svg
            ref={svgRef}
            data-testid="chart"
            // Unmeasured: the container's width at the layout's own height, the drawing fitted in.
            width={measured ? width : '100%'}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            preserveAspectRatio={measured ? undefined : 'xMinYMin meet'}
            role="group"
            aria-label="Timeline of events"
            aria-describedby={descriptionId}
            fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif"
            className={touchZoom ? 'block select-none touch-pan-y' : 'block select-none'}
          >
            <BandGradients />
            <defs>
              <clipPath id={clipId}>
                <rect x={0} y={-header} width={plotWidth} height={height} />
              </clipPath>
            </defs>
            <g transform={`translate(0,${header})`}>
              <LaneBackgrounds lanes={layout.lanes} width={width} fontSize={smallFont} />
              {layout.column && (
                <ColumnFrame
                  column={layout.column}
                  headingY={0}
                  plotHeight={layout.plotHeight}
                  metrics={metrics}
                />
              )}
              <g clipPath={`url(#${clipId})`}>
                {headerParts(true)}
                <DensityLanes lanes={layout.lanes} metrics={metrics} />
                <WindowBands
                  marks={layout.marks}
                  spotlightId={spotlight ? selectedId : null}
                  rowHeight={rowHeight}
                />
              </g>
              <CohortThreads
                threads={threads}
                metrics={metrics}
                openNote={noteThread?.cohortId ?? null}
                onToggleNote={(id) => {
                  setOpenNote((current) => (current === id ? null : id));
                }}
              />
              <EventMarks
                marks={layout.marks}
                selectedId={selectedId}
                onSelect={onSelect}
                onPoint={setPointed}
                spotlight={spotlight}
                cohort={cohort}
                labelSize={labelSize}
                clipId={clipId}
              />
            </g>
          </svg>
        )}
        {noteThread && (
          <ThreadNote thread={noteThread} width={width} offsetY={header} onClose={closeNote} />
        )}
        {pointedMark && <EventTooltip mark={pointedMark} width={width} offsetY={header} />}
      </div>
    </figure>
  );
}
