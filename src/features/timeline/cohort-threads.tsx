import type { KeyboardEvent } from 'react';
import type { ChartMetrics } from './metrics';
import type { ThreadModel } from './threads';

export interface CohortThreadsProps {
  readonly threads: readonly ThreadModel[];
  readonly metrics: ChartMetrics;
  /** The cohort whose note is open, if any. */
  readonly openNote: string | null;
  readonly onToggleNote: (cohortId: string) => void;
}

const INFERRED = 'inferred';

/**
 * The selected event's cohorts as threads between their marks: solid where a source says the
 * events concern the same people, dashed and labelled "inferred" where only the analyst's
 * reading does; each step's count as its source gives it; and, where the cohort's figures need
 * a caveat, a focusable "i" that opens the cohort's note. Drawn under the marks.
 */
export function CohortThreads({ threads, metrics, openNote, onToggleNote }: CohortThreadsProps) {
  const { tinyFont, scale } = metrics;
  const halo = {
    stroke: 'var(--ct-surface)',
    strokeWidth: 3 * scale,
    strokeLinejoin: 'round' as const,
    paintOrder: 'stroke' as const,
  };
  return (
    <>
      {threads.map((thread) => {
        const activate = (event: KeyboardEvent<SVGGElement>) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            onToggleNote(thread.cohortId);
          }
        };
        const open = openNote === thread.cohortId;
        return (
          <g key={thread.cohortId} data-thread={thread.cohortId}>
            <g aria-hidden="true">
              {thread.segments.map((s) => (
                <path
                  key={`${s.from}>${s.to}`}
                  data-basis={s.basis}
                  d={`M${s.x1},${s.y1}L${s.x2},${s.y2}`}
                  fill="none"
                  stroke="var(--ct-accent)"
                  strokeWidth={2 * scale}
                  strokeDasharray={
                    s.basis === 'inference' ? `${6 * scale} ${4 * scale}` : undefined
                  }
                  strokeLinecap="round"
                />
              ))}
              {thread.segments
                .filter((s) => s.basis === 'inference')
                .map((s) => (
                  <text
                    key={`${s.from}>${s.to}-label`}
                    x={(s.x1 + s.x2) / 2}
                    y={(s.y1 + s.y2) / 2 - 5 * scale}
                    textAnchor="middle"
                    fontSize={tinyFont}
                    fontStyle="italic"
                    fill="var(--ct-accent)"
                    {...halo}
                  >
                    {INFERRED}
                  </text>
                ))}
              {thread.counts.map((c) => (
                <text
                  key={c.eventId}
                  data-thread-count={c.eventId}
                  x={c.x}
                  y={c.y}
                  textAnchor="middle"
                  fontSize={tinyFont}
                  fontWeight={700}
                  fill="var(--ct-accent)"
                  {...halo}
                >
                  {c.text}
                </text>
              ))}
            </g>
            {thread.note && (
              <g
                data-thread-note={thread.cohortId}
                className="ct-mark cursor-pointer outline-none"
                role="button"
                tabIndex={0}
                aria-expanded={open}
                aria-label={`Note on ${thread.label}: how its figures fit together`}
                transform={`translate(${thread.note.x},${thread.note.y})`}
                onClick={() => {
                  onToggleNote(thread.cohortId);
                }}
                onKeyDown={activate}
              >
                <circle className="focus-ring" r={10 * scale} fill="none" strokeWidth={2.5} />
                <circle
                  r={7.5 * scale}
                  fill={open ? 'var(--ct-accent)' : 'var(--ct-surface)'}
                  stroke="var(--ct-accent)"
                  strokeWidth={1.5 * scale}
                />
                <text
                  textAnchor="middle"
                  dy="0.35em"
                  fontSize={tinyFont}
                  fontWeight={700}
                  fill={open ? 'var(--ct-on-accent)' : 'var(--ct-accent)'}
                  aria-hidden="true"
                >
                  i
                </text>
              </g>
            )}
          </g>
        );
      })}
    </>
  );
}
