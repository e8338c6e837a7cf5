/** Deepest zoom: at 1,000 px and a three-year dataset, a few days across the plot. */
export const MAX_ZOOM = 400;
/** One press of + or − scales by this much. */
export const BUTTON_ZOOM_STEP = 1.6;
