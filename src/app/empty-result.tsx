/** Shown instead of an empty chart: nothing matches, and one button undoes that. */
export function EmptyResult({ onReset }: { onReset: () => void }) {
  return (
    <div
      className="flex flex-col items-start gap-2 rounded-lg border border-dashed border-[var(--ct-border)] p-6"
      data-testid="empty-state"
      data-ready="true"
    >
      <p className="font-semibold">No events match these filters.</p>
      <button
        type="button"
        onClick={onReset}
        className="rounded-md bg-[var(--ct-accent)] px-3 py-1.5 font-semibold text-[var(--ct-on-accent)] hover:opacity-90"
      >
        Reset filters
      </button>
    </div>
  );
}
