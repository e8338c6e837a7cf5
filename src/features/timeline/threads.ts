import type { Cohort, QualifiedCount } from '../../domain/types';
import type { MarkModel, TimelineLayout } from './layout';

/** One link of a cohort between two drawn marks, from centre to centre. */
export interface ThreadSegment {
  readonly from: string;
  readonly to: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** "quote": the source says so (solid); "inference": the analyst's reading (dashed, labelled). */
  readonly basis: 'quote' | 'inference';
}

/** The count at one step, as that event's source gives it, set just above its glyph. */
export interface ThreadCount {
  readonly eventId: string;
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/** Where the cohort's note opens from: on the thread, at the middle of its first link. */
export interface ThreadNote {
  readonly x: number;
  readonly y: number;
  readonly notes: readonly string[];
}

export interface ThreadModel {
  readonly cohortId: string;
  readonly label: string;
  readonly segments: readonly ThreadSegment[];
  readonly counts: readonly ThreadCount[];
  /** Null when the cohort has no notes (its figures need no caveat). */
  readonly note: ThreadNote | null;
}

/** Gap between a glyph's top and its count, in base px. */
const COUNT_GAP = 5;
/** How far below the thread the note marker sits, in base px, clear of an "inferred" label. */
const NOTE_DROP = 12;

/**
 * A count in the words its source uses, short: "64", "at least 64", "up to 6", "some"; "?" when
 * no number is given (the one meaning "?" has in the chart). Never derived from other counts.
 */
export function countText(count: QualifiedCount): string {
  switch (count.qualifier) {
    case 'exact':
      return count.value === null ? '?' : String(count.value);
    case 'at-least':
      return count.value === null ? '?' : `at least ${count.value}`;
    case 'up-to':
      return count.value === null ? '?' : `up to ${count.value}`;
    case 'some':
      return 'some';
    case 'unknown':
      return '?';
  }
}

/** A mark is on the thread when it is drawn where a reader can see it: in the plot or column. */
function visible(mark: MarkModel, plotWidth: number): boolean {
  return mark.undated !== null || (mark.cx >= 0 && mark.cx <= plotWidth);
}

/**
 * The selected event's cohorts as threads over the layout: each link whose two events are drawn
 * becomes a segment (solid for a quote, dashed for an inference), each drawn event of the cohort
 * carries its own count, and a cohort with notes gets a marker on its first link. Pure.
 */
export function cohortThreads(
  layout: TimelineLayout,
  cohorts: readonly Cohort[],
  plotWidth: number,
): ThreadModel[] {
  const { scale } = layout.metrics;
  const drawn = new Map<string, MarkModel>();
  for (const mark of layout.marks) if (visible(mark, plotWidth)) drawn.set(mark.event.id, mark);
  return cohorts.map((cohort) => {
    const segments: ThreadSegment[] = [];
    for (const link of cohort.links) {
      const a = drawn.get(link.from);
      const b = drawn.get(link.to);
      if (!a || !b) continue;
      segments.push({
        from: link.from,
        to: link.to,
        x1: a.cx,
        y1: a.cy,
        x2: b.cx,
        y2: b.cy,
        basis: link.basis,
      });
    }
    const counts: ThreadCount[] = [];
    for (const id of cohort.events) {
      const mark = drawn.get(id);
      const people = mark?.event.people;
      if (!mark || !people) continue;
      counts.push({
        eventId: id,
        x: mark.cx,
        y: mark.cy - mark.halfWidth - COUNT_GAP * scale,
        text: countText(people),
      });
    }
    const [first] = segments;
    const note =
      cohort.notes.length === 0 || !first
        ? null
        : {
            x: (first.x1 + first.x2) / 2,
            y: (first.y1 + first.y2) / 2 + NOTE_DROP * scale,
            notes: cohort.notes,
          };
    return { cohortId: cohort.id, label: cohort.label, segments, counts, note };
  });
}
