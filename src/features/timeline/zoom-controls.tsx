import { Button } from '../../ui/button';

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
      <Button size="icon" onClick={onZoomIn} aria-label="Zoom in" title="Zoom in">
        +
      </Button>
      <Button
        size="icon"
        onClick={onZoomOut}
        disabled={!canZoomOut}
        aria-label="Zoom out"
        title="Zoom out"
      >
        −
      </Button>
      <Button size="toolbar" className="font-semibold" onClick={onReset} disabled={!canReset}>
        Reset zoom
      </Button>
      <p className="text-sm text-muted" aria-live="polite" data-testid="visible-range">
        Visible: {visibleRange}
      </p>
    </div>
  );
}
