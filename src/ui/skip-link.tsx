/** The id of the timeline's section in every mode: where "Skip to timeline" lands. */
export const TIMELINE_ID = 'timeline';

/**
 * "Skip to timeline": the page's first focusable element, hidden until it has focus. It moves
 * focus itself rather than following the fragment, so the address (which holds the whole view)
 * gains no "#timeline" and Back does not stop on it.
 */
export function SkipLink() {
  return (
    <a
      href={`#${TIMELINE_ID}`}
      className="no-print sr-only rounded-md bg-surface px-3 py-2 font-semibold text-ink ring-2 ring-accent focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50"
      onClick={(event) => {
        const target = document.getElementById(TIMELINE_ID);
        if (!target) return;
        event.preventDefault();
        target.focus();
      }}
    >
      Skip to timeline
    </a>
  );
}

/** A heading screen readers use to move between parts; drawn only where it is not clutter. */
export function HiddenHeading({ id, children }: { id?: string; children: string }) {
  return (
    <h2 id={id} className="sr-only">
      {children}
    </h2>
  );
}
