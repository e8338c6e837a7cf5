import { useLoadProgress } from '../data/load-progress';

const MB = 1024 * 1024;

/** Real progress for large files: megabytes received of the total, then the checking step. */
export function LoadingState({ url }: { url: string }) {
  const progress = useLoadProgress(url);
  let text = 'Loading the dataset…';
  if (progress?.phase === 'download') {
    const got = (progress.received / MB).toFixed(1);
    text = progress.total
      ? `Loading the dataset… ${got} of ${(progress.total / MB).toFixed(1)} MB`
      : `Loading the dataset… ${got} MB`;
  } else if (progress?.phase === 'check') {
    text = 'Checking every event and quote…';
  }
  return (
    <div className="p-6" data-testid="loading">
      <p role="status" className="text-[var(--ct-muted)]">
        {text}
      </p>
      {progress?.phase === 'download' && progress.total !== null && (
        <progress
          className="mt-2 w-64"
          max={progress.total}
          value={progress.received}
          aria-label="Download progress"
        />
      )}
    </div>
  );
}
