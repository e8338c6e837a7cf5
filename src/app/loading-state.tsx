import { countOf, groupThousands } from '../domain/format';
import { useLoadProgress } from '../data/load-progress';
import type { LoadProgress } from '../data/load-progress';

const MB = 1024 * 1024;

const megabytes = (bytes: number) => (bytes / MB).toFixed(1);

function describe(progress: LoadProgress | null): string {
  switch (progress?.phase) {
    case undefined:
      return 'Loading the dataset…';
    case 'download':
      return progress.total
        ? `Loading the dataset… ${megabytes(progress.received)} of ${megabytes(progress.total)} MB`
        : `Loading the dataset… ${megabytes(progress.received)} MB`;
    case 'parse':
      return `Reading the file (${megabytes(progress.bytes)} MB)…`;
    case 'check':
      return progress.checked !== null && progress.events !== null
        ? `Checking every event and quote… ${groupThousands(progress.checked)} of ${countOf(progress.events, 'event')}`
        : 'Checking every event and quote…';
  }
}

/**
 * Real progress for large files: megabytes received of the total, reading the JSON, then events
 * checked of all (counted when the check runs in a worker).
 */
export function LoadingState({ url }: { url: string }) {
  const progress = useLoadProgress(url);
  let bar: { value: number; max: number; label: string } | null = null;
  if (progress?.phase === 'download' && progress.total !== null) {
    bar = { value: progress.received, max: progress.total, label: 'Download progress' };
  } else if (progress?.phase === 'check' && progress.checked !== null && progress.events) {
    bar = { value: progress.checked, max: progress.events, label: 'Checking progress' };
  }
  return (
    <div className="p-6" data-testid="loading">
      <p role="status" className="text-muted">
        {describe(progress)}
      </p>
      {bar && (
        <progress className="mt-2 w-64" max={bar.max} value={bar.value} aria-label={bar.label} />
      )}
    </div>
  );
}
