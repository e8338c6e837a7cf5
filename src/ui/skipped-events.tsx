import type { SkippedEvent } from '../domain/types';

export interface SkippedEventsProps {
  readonly skipped: readonly SkippedEvent[];
  /** One short line for embeds and briefings, where space is scarce; it opens the same list. */
  readonly compact?: boolean;
}

const NOUNS = { events: ['event', 'events'], cohorts: ['cohort', 'cohorts'] } as const;

/** "1 event", "2 cohorts", "1 event and 1 cohort": what the file holds that is not shown. */
function countRecords(events: number, cohorts: number): string {
  const parts = [
    [events, NOUNS.events],
    [cohorts, NOUNS.cohorts],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, [one, many]]) => `${n} ${n === 1 ? one : many}`)
    .join(' and ');
}

/** The summary line: how many events (and cohorts) the file holds that the chart leaves out. */
export function skippedSummary(events: number, cohorts: number, compact: boolean): string {
  const what = countRecords(events, cohorts);
  if (compact) return `${what} in the file could not be shown`;
  const verb = events + cohorts === 1 ? 'was' : 'were';
  return `${what} ${verb} skipped because the data is invalid`;
}

/** Events and cohorts the loader left out, each with its reasons, so nobody mistakes a gap for "nothing happened". */
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
        {skippedSummary(
          skipped.filter((s) => s.collection === 'events').length,
          skipped.filter((s) => s.collection === 'cohorts').length,
          compact,
        )}
      </summary>
      <ul
        className={`mt-2 flex flex-col gap-2 ${
          compact ? 'max-h-64 overflow-auto rounded-lg border border-warn bg-surface p-2' : ''
        }`}
      >
        {skipped.map((skip) => (
          <li key={`${skip.collection}-${String(skip.index)}`}>
            <p className="font-semibold">
              {skip.collection === 'events' ? 'Event' : 'Cohort'} #{skip.index}
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
