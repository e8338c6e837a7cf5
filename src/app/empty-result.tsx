/**
 * Shown instead of an empty chart: nothing matches, and one button undoes that — or, when the
 * dataset itself has no drawable event, says so instead of blaming filters nobody set.
 */
export function EmptyResult({
  onReset,
  datasetEmpty,
}: {
  onReset: () => void;
  datasetEmpty: boolean;
}) {
  if (datasetEmpty) {
    return (
      <div
        className="rounded-lg border border-dashed border-edge p-6"
        data-testid="empty-state"
        data-ready="true"
      >
        <p className="font-semibold">This dataset has no event that could be drawn.</p>
        <p className="text-sm text-muted">
          Events that were left out are listed above with the reason.
        </p>
      </div>
    );
  }
  return (
    <div
      className="flex flex-col items-start gap-2 rounded-lg border border-dashed border-edge p-6"
      data-testid="empty-state"
      data-ready="true"
    >
      <p className="font-semibold">No events match these filters.</p>
      <button
        type="button"
        onClick={onReset}
        className="rounded-md bg-accent px-3 py-1.5 font-semibold text-on-accent hover:opacity-90"
      >
        Reset filters
      </button>
    </div>
  );
}
