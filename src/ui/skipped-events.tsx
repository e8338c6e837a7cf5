import type { SkippedEvent } from '../domain/types';

export interface SkippedEventsProps {
  readonly skipped: readonly SkippedEvent[];
  /** One short line for embeds and briefings, where space is scarce; it opens the same list. */
  readonly compact?: boolean;
}

/** The summary line: how many events the file holds that the chart leaves out. */
export function skippedSummary(count: number, compact: boolean): string {
  if (compact) return `${count} ${count === 1 ? 'event' : 'events'} in the file could not be shown`;
  return `${count} ${count === 1 ? 'event was' : 'events were'} skipped because the data is invalid`;
}

/** Events the loader left out, each with its reasons, so nobody mistakes a gap for "nothing happened". */
export function SkippedEvents({ skipped, compact = false }: SkippedEventsProps) {
  if (skipped.length === 0) return null;
  return (
    <details
      className={
        compact ? 'text-sm text-ink' : 'rounded-lg border border-warn bg-surface p-3 text-sm'
      }
      data-testid="skipped-events"
    >
      <summary className={compact ? 'cursor-pointer' : 'cursor-pointer font-semibold'}>
        {skippedSummary(skipped.length, compact)}
      </summary>
      <ul
        className={`mt-2 flex flex-col gap-2 ${
          compact ? 'max-h-64 overflow-auto rounded-lg border border-warn bg-surface p-2' : ''
        }`}
      >
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
