import { useEffect } from 'react';

export const RESIZE_MESSAGE = 'custody-timeline:resize';

/** The message an embed sends its host whenever its content height changes. */
export interface ResizeMessage {
  readonly type: typeof RESIZE_MESSAGE;
  readonly height: number;
}

/**
 * Auto-height for iframes: posts the content height to the parent whenever it changes. It only
 * sends (a height is no secret, so any host may read it) and never listens for messages.
 */
export function usePostSize(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || window.parent === window) return undefined;
    let last = -1;
    const post = () => {
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: ResizeMessage = { type: RESIZE_MESSAGE, height };
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => {
      observer.disconnect();
    };
  }, [enabled]);
}
