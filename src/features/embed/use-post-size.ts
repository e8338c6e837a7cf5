import { useLayoutEffect, useRef } from 'react';

export const RESIZE_MESSAGE = 'custody-timeline:resize';

/** The message an embed sends its host whenever its content height changes. */
export interface ResizeMessage {
  readonly type: typeof RESIZE_MESSAGE;
  readonly height: number;
}

/** What the page shows: the height of a loading screen is only worth sending in some cases. */
export type SizePhase = 'loading' | 'error' | 'ready';

/**
 * Whether a phase's height should reach the host. The first load keeps the snippet's reserved
 * height: posting the loading screen's few pixels would collapse the frame and then shove the
 * host's article down when the content arrives. Once the frame has been given a height (an
 * error, then Retry), a loading screen posts its own height like any other state.
 */
export function shouldPost(phase: SizePhase, postedBefore: boolean): boolean {
  return phase !== 'loading' || postedBefore;
}

function contentHeight(): number {
  // getBoundingClientRect forces a layout, so it is exact even when the browser skips
  // rendering for this frame (off screen, hidden tab).
  return Math.ceil(document.body.getBoundingClientRect().height);
}

/**
 * Auto-height for iframes: posts the content height to the parent whenever it changes. It only
 * sends (a height is no secret, so any host may read it) and never listens for messages.
 *
 * Chromium runs no rendering steps (ResizeObserver, requestAnimationFrame, resize events) for a
 * cross-origin frame that is off screen or in a hidden tab, so the height is also measured after
 * every DOM change (a MutationObserver runs as a microtask, after React's commit and the
 * re-renders its layout effects start), on `load` and when web fonts have settled. The
 * ResizeObserver still catches what changes height without touching the DOM: a new frame width
 * or a font swap.
 */
export function usePostSize(enabled: boolean, phase: SizePhase): void {
  const last = useRef(-1);
  useLayoutEffect(() => {
    if (!enabled || window.parent === window) return undefined;
    if (!shouldPost(phase, last.current >= 0)) return undefined;
    let live = true;
    const post = (again = false) => {
      if (!live) return;
      const height = contentHeight();
      if (height === last.current && !again) return;
      last.current = height;
      const message: ResizeMessage = { type: RESIZE_MESSAGE, height };
      window.parent.postMessage(message, '*');
    };
    const changed = () => {
      post();
    };
    // Sent even when unchanged: a host whose listener arrived late still gets the height.
    const settled = () => {
      post(true);
    };
    const resize = new ResizeObserver(changed);
    resize.observe(document.body);
    const mutation = new MutationObserver(changed);
    mutation.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      // The attributes that change a height; not the marks' positions, which change on every
      // frame of a zoom.
      attributeFilter: ['class', 'style', 'hidden', 'open', 'height'],
    });
    window.addEventListener('load', settled);
    window.addEventListener('resize', changed);
    void document.fonts.ready.then(settled);
    // After this commit's layout effects and the synchronous re-renders they cause (the chart
    // measures its width in one), so the first message already carries the drawn chart.
    queueMicrotask(changed);
    return () => {
      live = false;
      resize.disconnect();
      mutation.disconnect();
      window.removeEventListener('load', settled);
      window.removeEventListener('resize', changed);
    };
  }, [enabled, phase]);
}
