import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => {
    window.removeEventListener('resize', onChange);
  };
}

/** "1920x1080": one string, so an unchanged size is an unchanged snapshot. */
function snapshot(): string {
  return `${window.innerWidth}x${window.innerHeight}`;
}

/** The window's inner size in CSS px: what a briefing sizes its type from. */
export function useWindowSize(): { readonly width: number; readonly height: number } {
  const [width = 0, height = 0] = useSyncExternalStore(subscribe, snapshot).split('x').map(Number);
  return { width, height };
}
