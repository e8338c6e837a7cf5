import type { LoadProblem } from './load-error';
import type { LoadProgress } from './load-progress';
import type { TextRequest } from './dataset-body';
import type { Dataset, SourceText, TimelineEvent } from '../domain/types';

/**
 * A dataset file: `url` as asked for (named in every message), `base` where it was found after
 * any redirect (what the sources' text paths are relative to).
 */
export interface DatasetFile {
  readonly url: string;
  readonly base: string;
}

/**
 * The messages between the page and the dataset worker (dataset-worker.ts). The page sends the
 * file's bytes; the worker asks for the stored texts (the page fetches them, so every request keeps the
 * page's origin rules and shows up where tests and the CSP expect it), reports progress, and
 * posts the valid events in batches as it goes (so the page takes them in while the worker checks
 * the rest: two cores, not one after the other), and ends with the rest of the dataset and the
 * events' order, or with the problem that stopped it.
 */
export type ToWorker =
  | { readonly type: 'parse'; readonly file: DatasetFile; readonly bytes: ArrayBuffer }
  | { readonly type: 'texts'; readonly texts: readonly (readonly [string, SourceText])[] };

export type FromWorker =
  | { readonly type: 'progress'; readonly progress: LoadProgress }
  | { readonly type: 'need-texts'; readonly requests: readonly TextRequest[] }
  /** Valid events in file order, posted while the rest are checked (about 2,000 at a time). */
  | { readonly type: 'events'; readonly events: readonly TimelineEvent[] }
  /** The file without its events, and the chronological order of all the events posted. */
  | {
      readonly type: 'done';
      readonly dataset: Omit<Dataset, 'events'>;
      readonly order: Uint32Array<ArrayBuffer>;
    }
  | { readonly type: 'failed'; readonly problem: LoadProblem }
  | { readonly type: 'crashed'; readonly message: string };
