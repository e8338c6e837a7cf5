import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { briefingQueryOptions } from '../data/briefing-query';
import { formatDay } from '../domain/format';
import { planSteps, stepIndex } from '../domain/steps';
import type { Dataset } from '../domain/types';
import { StepCaption } from '../features/presentation/step-caption';
import { SkippedEvents } from '../ui/skipped-events';
import {
  toggleFullscreen,
  usePresentationKeys,
} from '../features/presentation/use-presentation-keys';
import type { ViewState } from '../url-state/codec';
import type { Capabilities } from './capabilities';
import { TimelinePanel } from './timeline-panel';
import { useTimelineView } from './use-timeline-view';

export interface PresentShellProps {
  readonly dataset: Dataset;
  readonly datasetUrl: string;
  readonly view: ViewState;
  readonly setView: (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void;
  readonly capabilities: Capabilities;
}

const BUTTON =
  'rounded-md border-2 border-[var(--ct-border)] px-4 py-2 text-lg font-semibold hover:bg-[var(--ct-hover)] disabled:opacity-40';

/**
 * Briefings: one event at a time, its mark spotlit on the chart and its quote as the caption.
 * The step lives in the URL (`step=`), so a talk resumes from a link; clicker keys step.
 */
export function PresentShell({
  dataset,
  datasetUrl,
  view,
  setView,
  capabilities,
}: PresentShellProps) {
  const derived = useTimelineView(dataset, view);
  const briefing = useQuery(briefingQueryOptions(datasetUrl));
  const script = briefing.data?.kind === 'ok' ? briefing.data.briefing.steps : null;
  const plan = useMemo(() => planSteps(derived.visible, script), [derived.visible, script]);
  const count = plan.steps.length;
  const index = stepIndex(view.step, count);
  const current = plan.steps[index];
  const goTo = (i: number) => {
    const next = Math.min(count - 1, Math.max(0, i));
    setView({ step: next + 1 }, 'replace');
  };

  usePresentationKeys(capabilities.globalKeys, (action) => {
    if (action === 'next') goTo(index + 1);
    else if (action === 'prev') goTo(index - 1);
    else if (action === 'first') goTo(0);
    else if (action === 'last') goTo(count - 1);
    else toggleFullscreen();
  });

  const { source } = dataset;
  return (
    <div className="flex min-h-screen flex-col gap-4 p-4 text-lg xl:p-8" data-mode="present">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold xl:text-3xl">
            {briefing.data?.kind === 'ok' && briefing.data.briefing.title
              ? briefing.data.briefing.title
              : 'Detainees: captures, sentences and releases'}
          </h1>
          <p className="text-base text-[var(--ct-muted)]">
            Source: {source.publisher}, “{source.title}”, {formatDay(source.published)}
          </p>
        </div>
        <div className="flex items-center gap-2" role="group" aria-label="Presentation controls">
          <button
            type="button"
            className={BUTTON}
            onClick={() => {
              goTo(index - 1);
            }}
            disabled={index === 0}
          >
            ← Previous
          </button>
          <p
            className="min-w-20 text-center text-2xl font-bold tabular-nums"
            data-testid="progress"
            aria-label={`Step ${index + 1} of ${count}`}
          >
            {count === 0 ? '0 / 0' : `${index + 1} / ${count}`}
          </p>
          <button
            type="button"
            className={BUTTON}
            onClick={() => {
              goTo(index + 1);
            }}
            disabled={index >= count - 1}
          >
            Next →
          </button>
          <button
            type="button"
            className={BUTTON}
            onClick={toggleFullscreen}
            title="Fullscreen (F)"
          >
            Fullscreen
          </button>
        </div>
      </header>
      <SkippedEvents skipped={dataset.skipped} compact />
      {briefing.data?.kind === 'invalid' && (
        <p role="status" className="text-base text-[var(--ct-warn)]">
          briefing.json was ignored: {briefing.data.problems.slice(0, 3).join('; ')}
        </p>
      )}
      {plan.missing.length > 0 && (
        <p role="status" className="text-base text-[var(--ct-muted)]">
          Skipped briefing steps whose event is not shown: {plan.missing.join(', ')}
        </p>
      )}
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_30rem]">
        <div className="min-w-0 xl:[zoom:1.2]">
          <TimelinePanel
            dataset={dataset}
            derived={derived}
            capabilities={capabilities}
            selectedId={current?.event.id ?? null}
            setView={(patch) => {
              const { event, ...rest } = patch;
              const target = event ? plan.steps.findIndex((s) => s.event.id === event) : -1;
              setView(target >= 0 ? { ...rest, step: target + 1 } : rest, 'replace');
            }}
            spotlight
          />
        </div>
        {current && <StepCaption step={current} />}
      </div>
      <p className="mt-auto text-sm text-[var(--ct-muted)]">
        Keys: → or PageDown next · ← or PageUp previous · Home/End · F fullscreen · Esc leaves
        fullscreen
      </p>
    </div>
  );
}
