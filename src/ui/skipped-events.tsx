import type { SkippedEvent } from '../domain/types';

/** Events the loader left out, each with its reasons, so nobody mistakes a gap for "nothing happened". */
export function SkippedEvents({ skipped }: { skipped: readonly SkippedEvent[] }) {
  if (skipped.length === 0) return null;
  const noun = skipped.length === 1 ? 'event was' : 'events were';
  return (
    <details
      className="rounded-lg border border-[var(--ct-warn)] bg-[var(--ct-surface)] p-3 text-sm"
      data-testid="skipped-events"
    >
      <summary className="cursor-pointer font-semibold">
        {skipped.length} {noun} skipped because the data is invalid
      </summary>
      <ul className="mt-2 flex flex-col gap-2">
        {skipped.map((skip) => (
          <li key={skip.index}>
            <p className="font-semibold">
              Event #{skip.index}
              {skip.id !== null && <> “{skip.id}”</>}
            </p>
            <ul className="list-disc pl-5">
              {skip.problems.map((problem, i) => (
                <li key={i} className="break-words">
                  {problem}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}
