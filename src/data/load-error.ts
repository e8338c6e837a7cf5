/** Everything that can stop a dataset from loading, each with the facts a message needs. */
export type LoadProblem =
  | { readonly kind: 'refused-origin'; readonly url: string; readonly origin: string }
  /** `?data=` longer than the page reads; `url` is its start. */
  | {
      readonly kind: 'data-too-long';
      readonly url: string;
      readonly length: number;
      readonly limit: number;
    }
  /** `?data=local` without the file: it was opened from the reader's computer, not kept. */
  | { readonly kind: 'local-file'; readonly url: string }
  | { readonly kind: 'network'; readonly url: string; readonly detail: string }
  /** The body stopped part-way: a dropped connection, a proxy cutting it off. */
  | {
      readonly kind: 'interrupted';
      readonly url: string;
      readonly received: number;
      readonly detail: string;
    }
  | {
      readonly kind: 'http';
      readonly url: string;
      readonly status: number;
      readonly statusText: string;
    }
  | { readonly kind: 'not-json'; readonly url: string; readonly detail: string }
  | { readonly kind: 'invalid'; readonly url: string; readonly problems: readonly string[] }
  | { readonly kind: 'article'; readonly url: string; readonly detail: string }
  | {
      readonly kind: 'timeout';
      readonly url: string;
      readonly seconds: number;
      /** Bytes of the body that had arrived before it fell silent; null: no answer at all. */
      readonly received: number | null;
    }
  | {
      readonly kind: 'too-large';
      readonly url: string;
      readonly bytes: number;
      readonly limit: number;
    };

const KB = 1024;
const MB = KB * KB;

/** "600 bytes", "1.2 KB", "256.0 MB". */
export function formatBytes(n: number): string {
  if (n < KB) return `${n} bytes`;
  if (n < MB) return `${(n / KB).toFixed(1)} KB`;
  return `${(n / MB).toFixed(1)} MB`;
}

/** Thrown by the query function so react-query reports it; `problem` says what went wrong. */
export class DatasetLoadError extends Error {
  readonly problem: LoadProblem;

  constructor(problem: LoadProblem) {
    super(describeLoadProblem(problem));
    this.name = 'DatasetLoadError';
    this.problem = problem;
  }
}

/** One sentence that names what is wrong and where. */
export function describeLoadProblem(problem: LoadProblem): string {
  switch (problem.kind) {
    case 'refused-origin':
      return `Refused to load ${problem.url}: datasets may only come from this site, not from ${problem.origin}.`;
    case 'data-too-long':
      return `The ?data= address is ${problem.length.toLocaleString('en')} characters long; the limit is ${problem.limit.toLocaleString('en')}, so no dataset was loaded (it starts ${problem.url}).`;
    case 'local-file':
      return 'This view showed a file from your computer; open the file again. It was read in the browser tab that opened it, never uploaded, so this address alone cannot bring it back.';
    case 'network':
      return `Could not reach ${problem.url} (${problem.detail}).`;
    case 'interrupted':
      return `The download of ${problem.url} broke off after ${formatBytes(problem.received)} (${problem.detail}).`;
    case 'http':
      return `${problem.url} answered HTTP ${problem.status}${problem.statusText ? ` ${problem.statusText}` : ''}.`;
    case 'not-json':
      return `${problem.url} is not JSON (${problem.detail}).`;
    case 'invalid':
      return `${problem.url} is not a valid timeline dataset: ${problem.problems.slice(0, 3).join('; ')}${problem.problems.length > 3 ? ` (and ${problem.problems.length - 3} more)` : ''}.`;
    case 'article':
      return `Could not load the source text ${problem.url} that the quotes point into (${problem.detail}).`;
    case 'timeout':
      return problem.received === null
        ? `${problem.url} did not answer within ${problem.seconds} seconds.`
        : `${problem.url} sent nothing for ${problem.seconds} seconds after ${formatBytes(problem.received)}, so the download was abandoned.`;
    case 'too-large':
      return `${problem.url} is ${formatBytes(problem.bytes)} or more; the limit is ${formatBytes(problem.limit)}.`;
  }
}
