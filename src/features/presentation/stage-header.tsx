import { Button } from '../../ui/button';
import { SkipLink } from '../../ui/skip-link';

export interface StageHeaderProps {
  readonly title: string;
  /** "Opening", "3 / 11", "Closing". */
  readonly progress: string;
  /** The same for a screen reader: "Step 3 of 11". */
  readonly progressName: string;
  readonly onPrevious: (() => void) | null;
  readonly onNext: (() => void) | null;
  readonly onFullscreen: () => void;
  /** Offer "Skip to timeline": on the slides that show the chart. */
  readonly skipToTimeline: boolean;
}

/**
 * One slim row: the briefing's title (cut short with "…" when the window is narrow; the opening
 * slide gives it whole), where the talk stands, and the controls, so the chart gets the height.
 */
export function StageHeader(props: StageHeaderProps) {
  const { title, progress, progressName, onPrevious, onNext, onFullscreen } = props;
  return (
    <header className="flex items-center gap-[0.6em]">
      {props.skipToTimeline && <SkipLink />}
      <h1 className="min-w-0 flex-1 truncate text-[1.1em] font-bold" title={title}>
        {title}
      </h1>
      <div
        className="flex shrink-0 items-center gap-2"
        role="group"
        aria-label="Presentation controls"
      >
        <Button size="large" onClick={onPrevious ?? undefined} disabled={!onPrevious}>
          ← Previous
        </Button>
        <p
          className="min-w-[4.5em] text-center text-[1.1em] font-bold tabular-nums"
          data-testid="progress"
          aria-hidden="true"
        >
          {progress}
        </p>
        {/* Said, not only shown: a screen reader hears each step as the clicker moves. */}
        <p className="sr-only" role="status" data-testid="progress-announcement">
          {progressName}
        </p>
        <Button size="large" onClick={onNext ?? undefined} disabled={!onNext}>
          Next →
        </Button>
        <Button size="large" onClick={onFullscreen} title="Fullscreen (F)">
          Fullscreen
        </Button>
      </div>
    </header>
  );
}
