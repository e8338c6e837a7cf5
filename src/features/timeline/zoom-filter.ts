/**
 * Which gestures d3-zoom may take. Mirrors d3's default (primary button, no Ctrl-drag) and adds
 * the embed rule: a plain wheel belongs to the host page, so only Ctrl/⌘ + wheel zooms there.
 * (Trackpad pinch arrives as a wheel event with ctrlKey set, so pinch still zooms when embedded.)
 */
export function acceptsZoomGesture(
  event: Event,
  wheelNeedsModifier: boolean,
  touchZoom = true,
): boolean {
  // Embedded: touch belongs to the host page's scrolling; the zoom buttons remain.
  if (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent) return touchZoom;
  if (event instanceof WheelEvent) {
    return !wheelNeedsModifier || event.ctrlKey || event.metaKey;
  }
  if (event instanceof MouseEvent) {
    return event.button === 0 && !event.ctrlKey;
  }
  return true;
}
