import { useSyncExternalStore } from 'react';

/**
 * How far a dataset load has got: bytes while downloading, then reading the JSON, then events
 * checked (counted where the check runs in a worker and can report without blocking the page).
 */
export type LoadProgress =
  | {
      readonly phase: 'download';
      readonly received: number;
      /** From Content-Length; null when the server does not say. */
      readonly total: number | null;
    }
  | { readonly phase: 'parse'; readonly bytes: number }
  | {
      readonly phase: 'check';
      /** Events checked so far, of `events`; null while not counted. */
      readonly checked: number | null;
      readonly events: number | null;
    };

const progress = new Map<string, LoadProgress>();
const listeners = new Set<() => void>();

/** Called by the loader; a tiny external store, because a query function cannot stream state. */
export function reportProgress(url: string, value: LoadProgress | null): void {
  if (value) progress.set(url, value);
  else progress.delete(url);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useLoadProgress(url: string): LoadProgress | null {
  return useSyncExternalStore(subscribe, () => progress.get(url) ?? null);
}
