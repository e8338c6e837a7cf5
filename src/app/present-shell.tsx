import { GetData } from '../features/get-data/get-data';
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { briefingQueryOptions } from '../data/briefing-query';
import { planSteps, stepIndex } from '../domain/steps';
import { StepCaption } from '../features/presentation/step-caption';
import {
  toggleFullscreen,
  usePresentationKeys,
} from '../features/presentation/use-presentation-keys';
import { Button } from '../ui/button';
import { DatasetNotices } from './dataset-notices';
import { ShellHeader, SourceLine } from './shell-header';
import { useShellView } from './shell-view';
import type { ShellProps } from './shell-view';
import { TimelinePanel } from './timeline-panel';

export interface PresentShellProps extends ShellProps {
  /** Where the dataset was loaded from: its briefing.json lies beside it. */
  readonly datasetUrl: string;
}

/**
 * Briefings: one event at a time, its mark spotlit on the chart and its quote as the caption.
 * The step lives in the URL (`step=`), so a talk resumes from a link; clicker keys step.
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
  const index = stepIndex(view.step, count);
  const current = plan.steps[index];
  const goTo = (i: number) => {
    const next = Math.min(count - 1, Math.max(0, i));
    setView({ step: next + 1 });
  };

  usePresentationKeys(capabilities.globalKeys, (action) => {
    if (action === 'next') goTo(index + 1);
    else if (action === 'prev') goTo(index - 1);
    else if (action === 'first') goTo(0);
    else if (action === 'last') goTo(count - 1);
    else toggleFullscreen();
  });

  const controls = (
    <div className="flex items-center gap-2" role="group" aria-label="Presentation controls">
      <Button
        size="large"
        onClick={() => {
          goTo(index - 1);
        }}
        disabled={index === 0}
      >
        ← Previous
      </Button>
      <p
        className="min-w-20 text-center text-2xl font-bold tabular-nums"
        data-testid="progress"
        aria-label={`Step ${index + 1} of ${count}`}
      >
        {count === 0 ? '0 / 0' : `${index + 1} / ${count}`}
      </p>
      <Button
        size="large"
        onClick={() => {
          goTo(index + 1);
        }}
        disabled={index >= count - 1}
      >
        Next →
      </Button>
      <Button size="large" onClick={toggleFullscreen} title="Fullscreen (F)">
        Fullscreen
      </Button>
    </div>
  );

  return (
    <div className="flex min-h-screen flex-col gap-4 p-4 text-lg xl:p-8" data-mode="present">
      <ShellHeader scale="stage" title={script?.title} actions={controls}>
        <SourceLine sources={dataset.sources} className="text-base text-muted" />
      </ShellHeader>
      <DatasetNotices dataset={dataset} compact={capabilities.compactNotices} />
      {briefing.data?.kind === 'invalid' && (
        <p role="status" className="text-base text-warn">
          briefing.json was ignored: {briefing.data.problems.slice(0, 3).join('; ')}
        </p>
      )}
      {plan.missing.length > 0 && (
        <p role="status" className="text-base text-muted">
          Skipped briefing steps whose event is not shown: {plan.missing.join(', ')}
        </p>
      )}
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_30rem]">
        <div className="min-w-0 xl:[zoom:1.2]">
          <TimelinePanel
            {...props}
            derived={derived}
            selectedId={current?.event.id ?? null}
            setView={(patch) => {
              // Selecting a mark moves the briefing to that event's step.
              const { event, ...rest } = patch;
              const target = event ? plan.steps.findIndex((s) => s.event.id === event) : -1;
              setView(target >= 0 ? { ...rest, step: target + 1 } : rest);
            }}
            spotlight
          />
        </div>
        {current && <StepCaption step={current} sources={dataset.sources} />}
      </div>
      <p className="mt-auto text-sm text-muted">
        Keys: → or PageDown next · ← or PageUp previous · Home/End · F fullscreen · Esc leaves
        fullscreen
      </p>
      <GetData dataset={dataset} compact />
    </div>
  );
}
