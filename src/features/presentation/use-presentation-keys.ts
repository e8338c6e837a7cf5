import { useEffect, useRef } from 'react';
import { actionForKey, isOwnKey } from './presentation-keys';
import type { PresentationAction } from './presentation-keys';

/** Global keys for briefings only (embeds never listen on the host's keyboard). */
export function usePresentationKeys(
  enabled: boolean,
  onAction: (action: PresentationAction) => void,
): void {
  const latest = useRef(onAction);
  useEffect(() => {
    latest.current = onAction;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    const handle = (event: KeyboardEvent) => {
      if (!isOwnKey(event)) return;
      const action = actionForKey(event.key, event.shiftKey);
      if (!action) return;
      event.preventDefault();
      latest.current(action);
    };
    window.addEventListener('keydown', handle);
    return () => {
      window.removeEventListener('keydown', handle);
    };
  }, [enabled]);
}

/** F toggles fullscreen; Esc leaves it (the browser's own binding). */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen().catch(() => undefined);
}
