export interface ErrorStateProps {
  readonly title: string;
  readonly message: string;
  readonly details?: readonly string[];
  readonly onRetry: () => void;
  readonly retryLabel?: string;
}

/** A clear stop: what went wrong, where, and one action that tries again. */
export function ErrorState({
  title,
  message,
  details = [],
  onRetry,
  retryLabel = 'Retry',
}: ErrorStateProps) {
  return (
    <div
      role="alert"
      className="flex flex-col gap-3 rounded-lg border-2 border-error bg-surface p-4"
      data-testid="error-state"
    >
      <h2 className="text-lg font-bold">{title}</h2>
      <p className="break-words">{message}</p>
      {details.length > 0 && (
        <ul className="max-h-64 list-disc overflow-auto pl-5 text-sm">
          {details.slice(0, 50).map((line, i) => (
            <li key={i} className="break-words">
              {line}
            </li>
          ))}
          {details.length > 50 && <li>…and {details.length - 50} more</li>}
        </ul>
      )}
      <div>
        <button
          type="button"
          onClick={onRetry}
          className="rounded-md bg-accent px-3 py-1.5 font-semibold text-on-accent hover:opacity-90"
        >
          {retryLabel}
        </button>
      </div>
    </div>
  );
}
