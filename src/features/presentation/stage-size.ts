/** Below this a briefing stops shrinking its type and lets what does not fit scroll instead. */
export const MIN_STAGE_TEXT = 12;
/** A wall-sized screen gains nothing from type larger than this. */
const MAX_STAGE_TEXT = 40;
/** Lines of type the window's height holds: 24 px at 1080 px, the size the back of a room reads. */
const LINES_PER_HEIGHT = 45;
/** Characters across the window's width: a narrow window keeps room beside the chart for words. */
const CHARS_PER_WIDTH = 80;

/**
 * The briefing's type size in px for a window: a 45th of its height, at most an 80th of its
 * width, whole pixels (24 px at 1920×1080, 16 px at 1280×720). The chart's labels and the
 * caption's body text start from it; either steps down from there if it would not fit.
 */
export function stageTextSize(width: number, height: number): number {
  if (!(width > 0 && height > 0)) return MIN_STAGE_TEXT;
  const size = Math.floor(Math.min(height / LINES_PER_HEIGHT, width / CHARS_PER_WIDTH));
  return Math.min(MAX_STAGE_TEXT, Math.max(MIN_STAGE_TEXT, size));
}
