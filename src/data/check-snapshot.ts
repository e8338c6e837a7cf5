import type { QueryClient } from '@tanstack/react-query';
import { compareSnapshot } from './default-snapshot';
import type { DefaultSnapshot } from './default-snapshot';
import type { datasetQueryOptions } from './dataset-query';

/**
 * After the page has drawn the built-in snapshot, makes sure the files served beside it are still
 * the ones it was built from: a site that replaced data/timeline.json (or its text) without
 * building again gets its new file loaded and checked as any other dataset, in place of the
 * snapshot. The single file has no files beside it: its snapshot is all there is.
 */
export function checkSnapshotLater(
  client: QueryClient,
  query: ReturnType<typeof datasetQueryOptions>,
  snapshot: DefaultSnapshot,
  pageHref: string,
): void {
  if (import.meta.env.MODE === 'single') return;
  const check = () => {
    void compareSnapshot(snapshot, pageHref, AbortSignal.timeout(30_000)).then((answer) => {
      // A new file that fails its check is shown as any failing dataset is.
      if (answer === 'changed') client.query({ ...query, staleTime: 0 }).catch(() => undefined);
    });
  };
  // Off the first paint's path: the page is drawn and interactive first.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(check, { timeout: 2000 });
  else setTimeout(check, 500);
}
