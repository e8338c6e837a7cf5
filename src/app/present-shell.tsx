import { GetData } from '../features/get-data/get-data';
import { useMemo, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { briefingQueryOptions } from '../data/briefing-query';
import {
  deckPosition,
  planSteps,
  progressName,
  progressText,
  slideAt,
  stepParam,
} from '../domain/steps';
import { KeyFactsStrip } from '../features/key-facts/key-facts-strip';
import { ClosingSlide } from '../features/presentation/closing-slide';
import { OpeningSlide } from '../features/presentation/opening-slide';
import { StageHeader } from '../features/presentation/stage-header';
import { MIN_STAGE_TEXT, stageTextSize } from '../features/presentation/stage-size';
import { StepCaption } from '../features/presentation/step-caption';
import { useFittedSize } from '../features/presentation/use-fitted-size';
import {
  toggleFullscreen,
  usePresentationKeys,
} from '../features/presentation/use-presentation-keys';
import { useStepInView } from '../features/presentation/use-step-in-view';
import { useWindowSize } from '../features/presentation/use-window-size';
import { DatasetNotices } from './dataset-notices';
import { PRODUCT_NAME } from './product';
import { stageMetrics } from './stage-metrics';
import { useShellView } from './shell-view';
import type { ShellProps } from './shell-view';
import { TimelinePanel } from './timeline-panel';

/** The opening and closing slides' type over the caption's. */
const SLIDE_SCALE = 1.25;
/** From this type size (a 1920×1080 screen gives 24) the key facts are drawn as stage cards. */
const STAGE_FACTS_FROM = 20;

export interface PresentShellProps extends ShellProps {
  /** Where the dataset was loaded from: its briefing.json lies beside it. */
  readonly datasetUrl: string;
}

/**
 * Briefings: an opening slide, then one event at a time, its mark spotlit on the chart and its
 * quote as the caption, then a closing slide with the sources. The whole of it fits the window
 * (a clicker cannot scroll): the type is sized from the window and steps down until the chart
 * and the caption fit. The step lives in the URL (`step=`), so a talk resumes from a link.
 */
export function PresentShell(props: PresentShellProps) {
  const { dataset, datasetUrl, view, setView, capabilities } = props;
  const derived = useShellView(dataset, view);
  const briefing = useQuery(briefingQueryOptions(datasetUrl));
  const script = briefing.data?.kind === 'ok' ? briefing.data.briefing : null;
  const plan = useMemo(
    () => planSteps(derived.visible, script?.steps ?? null),
    [derived.visible, script],
  );
  const count = plan.steps.length;
  const position = deckPosition(view.step, count);
  const slide = slideAt(plan.steps, position);
  const goTo = (target: number) => {
    setView({ step: stepParam(Math.min(count + 1, Math.max(0, target))) });
  };

  usePresentationKeys(capabilities.globalKeys, (action) => {
    if (action === 'next') goTo(position + 1);
    else if (action === 'prev') goTo(position - 1);
    else if (action === 'first') goTo(0);
    else if (action === 'last') goTo(count + 1);
    else toggleFullscreen();
  });

  const windowSize = useWindowSize();
  const start = stageTextSize(windowSize.width, windowSize.height);
  const onEvent = slide.kind === 'event';
  const chartBox = useRef<HTMLDivElement>(null);
  const chart = useFittedSize(chartBox, {
    start,
    min: MIN_STAGE_TEXT,
    key: `${start}:${derived.visible.length}`,
    mounted: onEvent,
  });
  const metrics = useMemo(() => stageMetrics(chart.size), [chart.size]);
  const textBox = useRef<HTMLDivElement>(null);
  const text = useFittedSize(textBox, {
    // A slide of its own has the whole window: its words start larger than a caption's.
    start: onEvent ? start : Math.round(start * SLIDE_SCALE),
    min: MIN_STAGE_TEXT,
    key: `${start}:${position}:${count}`,
    mounted: true,
  });
  const spotlit = slide.kind === 'event' ? slide.step.event.id : null;
  useStepInView(spotlit, `${chart.size}:${String(chart.fits)}`);

  const title = script?.title ?? dataset.title;
  const scroll = (fitted: { size: number; fits: boolean }) =>
    fitted.size <= MIN_STAGE_TEXT && !fitted.fits ? 'overflow-y-auto' : 'overflow-hidden';

  return (
    <div
      className="flex h-dvh flex-col gap-[0.5em] overflow-hidden p-[0.6em]"
      style={{ fontSize: `${start}px` }}
      data-mode="present"
      data-slide={slide.kind}
      data-fitted={text.fits && (chart.fits || !onEvent) ? 'true' : 'false'}
      data-label-size={chart.size}
    >
      <StageHeader
        title={title}
        progress={progressText(slide, count)}
        progressName={progressName(slide, count)}
        onPrevious={
          position > 0
            ? () => {
                goTo(position - 1);
              }
            : null
        }
        onNext={
          position <= count
            ? () => {
                goTo(position + 1);
              }
            : null
        }
        onFullscreen={toggleFullscreen}
        skipToTimeline={onEvent}
      />
      <div className="text-[max(14px,0.6em)] empty:hidden">
        <DatasetNotices dataset={dataset} compact={capabilities.compactNotices} />
        {briefing.data?.kind === 'invalid' && (
          <p role="status" className="text-warn">
            briefing.json was ignored: {briefing.data.problems.slice(0, 3).join('; ')}
          </p>
        )}
        {plan.missing.length > 0 && (
          <p role="status" className="text-muted">
            Skipped briefing steps whose event is not shown: {plan.missing.join(', ')}
          </p>
        )}
      </div>
      <main className="grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)_minmax(15rem,30%)] grid-rows-[minmax(0,1fr)] gap-[1em]">
        {slide.kind === 'event' ? (
          <>
            <div
              ref={chartBox}
              className={`min-h-0 min-w-0 ${scroll(chart)}`}
              data-testid="stage-chart"
            >
              <TimelinePanel
                {...props}
                derived={derived}
                selectedId={slide.step.event.id}
                metrics={metrics}
                // No zoom in a briefing: the whole chart is the view, and the room needs the height.
                controls={false}
                setView={(patch) => {
                  // Selecting a mark moves the briefing to that event's step.
                  const { event, ...rest } = patch;
                  const target = event ? plan.steps.findIndex((s) => s.event.id === event) : -1;
                  setView(target >= 0 ? { ...rest, step: stepParam(target + 1) } : rest);
                }}
                spotlight
              />
            </div>
            <div
              ref={textBox}
              className={`min-h-0 ${scroll(text)}`}
              style={{ fontSize: `${text.size}px` }}
            >
              <StepCaption step={slide.step} sources={dataset.sources} />
            </div>
          </>
        ) : (
          <div
            ref={textBox}
            // As tall as the room left, so what overflows it is measured; centred only while it fits.
            className={`col-span-2 mx-auto flex h-full min-h-0 w-full max-w-[48em] flex-col justify-center-safe ${scroll(text)}`}
            style={{ fontSize: `${text.size}px` }}
            // In the chart's place, so it says when it is drawn as the chart does.
            data-ready={text.fits || text.size <= MIN_STAGE_TEXT ? 'true' : 'false'}
          >
            {slide.kind === 'opening' ? (
              <OpeningSlide
                title={script?.opening?.title ?? title}
                text={script?.opening?.text ?? null}
                sources={dataset.sources}
                keyFacts={
                  <KeyFactsStrip
                    // The briefing's own words, where it gives them, stand for the headline.
                    dataset={script?.opening?.text ? { ...dataset, headline: null } : dataset}
                    events={derived.visible}
                    // Its stage cards are sized for a large screen; a small one gets the desk's row.
                    size={start >= STAGE_FACTS_FROM ? 'stage' : 'desk'}
                    onSelect={(id) => {
                      const target = plan.steps.findIndex((s) => s.event.id === id);
                      if (target >= 0) goTo(target + 1);
                    }}
                  />
                }
                count={count}
              />
            ) : (
              <>
                <ClosingSlide
                  text={script?.closing?.text ?? null}
                  sources={dataset.sources}
                  derived={dataset.derived}
                  product={PRODUCT_NAME}
                />
                <GetData dataset={dataset} compact />
              </>
            )}
          </div>
        )}
      </main>
    </div>
  );
}
