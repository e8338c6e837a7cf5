import { useEffect } from 'react';

/**
 * Brings the spotlit mark into the window when the step changes, should anything (a long notice,
 * a small window at the smallest type) have pushed it out: a clicker has no way to scroll.
 * `layout` names the chart's drawn state (its type size, whether it fits): checked again when
 * it changes, since the chart draws only once it has measured its width.
 */
export function useStepInView(eventId: string | null, layout: string): void {
  useEffect(() => {
    if (eventId === null) return;
    const mark = document.querySelector(`[data-event-id="${CSS.escape(eventId)}"]`);
    if (!mark) return;
    const box = mark.getBoundingClientRect();
    const inside =
      box.top >= 0 &&
      box.left >= 0 &&
      box.bottom <= window.innerHeight &&
      box.right <= window.innerWidth;
    if (!inside) mark.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [eventId, layout]);
}
