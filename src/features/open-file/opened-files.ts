import { useSyncExternalStore } from 'react';

/**
 * What the last opening of files said (its problems and notes), kept for the page's life: the
 * view that shows them may change under it (the error screen of `?data=local` gives way to the
 * chart once the file is read), and the words must outlive that change.
 */
export interface OpenedReport {
  /** The files' names, as the reader chose them. */
  readonly files: readonly string[];
  readonly status: 'reading' | 'shown' | 'failed';
  readonly problems: readonly string[];
  readonly notes: readonly string[];
}

let report: OpenedReport | null = null;
const listeners = new Set<() => void>();

export function setOpenedReport(next: OpenedReport | null): void {
  report = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useOpenedReport(): OpenedReport | null {
  return useSyncExternalStore(
    subscribe,
    () => report,
    () => report,
  );
}
