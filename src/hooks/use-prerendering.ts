import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => undefined;

/**
 * True while React renders on the server and while it hydrates that HTML in the browser (it
 * reads the server snapshot then), false in every render after and in pages drawn by the client
 * alone. What is drawn before the browser is measured must be drawn the same way in both.
 */
export function usePrerendering(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  );
}
