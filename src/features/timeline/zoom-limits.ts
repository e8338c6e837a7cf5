/**
 * Deepest zoom: at 1,000 px and a six-year dataset, about a day across the plot — deep enough
 * that a dense dataset's lanes come back from density strips to marks one can select.
 */
export const MAX_ZOOM = 2000;
/** One press of + or − scales by this much. */
export const BUTTON_ZOOM_STEP = 1.6;
