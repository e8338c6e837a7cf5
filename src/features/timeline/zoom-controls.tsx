export interface ZoomControlsProps {
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onReset: () => void;
  /** Some of the data lies outside the view. */
  readonly canZoomOut: boolean;
  /** The view is not the unzoomed one (it may be narrower or wider than the data). */
  readonly canReset: boolean;
  readonly visibleRange: string;
}

const BUTTON =
  'min-h-9 min-w-9 rounded-md border border-[var(--ct-border)] bg-[var(--ct-surface)] px-2 text-base font-semibold hover:bg-[var(--ct-hover)] disabled:opacity-40';

/** The button path to every zoom a gesture can do (keyboard, switch access, embeds). */
export function ZoomControls({
  onZoomIn,
  onZoomOut,
  onReset,
  canZoomOut,
  canReset,
  visibleRange,
}: ZoomControlsProps) {
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Zoom">
      <button
        type="button"
        className={BUTTON}
        onClick={onZoomIn}
        aria-label="Zoom in"
        title="Zoom in"
      >
        +
      </button>
      <button
        type="button"
        className={BUTTON}
        onClick={onZoomOut}
        disabled={!canZoomOut}
        aria-label="Zoom out"
        title="Zoom out"
      >
        −
      </button>
      <button type="button" className={`${BUTTON} text-sm`} onClick={onReset} disabled={!canReset}>
        Reset zoom
      </button>
      <p className="text-sm text-[var(--ct-muted)]" aria-live="polite" data-testid="visible-range">
        Visible: {visibleRange}
      </p>
    </div>
  );
}
