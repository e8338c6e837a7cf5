import { useEffect, useRef } from 'react';
import type { ThreadModel } from './threads';

export interface ThreadNoteProps {
  readonly thread: ThreadModel;
  readonly width: number;
  /** Where the plot starts inside the chart box. */
  readonly offsetY: number;
  readonly onClose: () => void;
}

const HALF_NOTE = 160;

/**
 * A cohort's note, opened from its marker on the thread: the dataset's own words on how the
 * figures fit together (or do not). Takes focus when it opens; Escape or Close hands it back.
 */
export function ThreadNote({ thread, width, offsetY, onClose }: ThreadNoteProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  if (!thread.note) return null;
  const left = Math.min(Math.max(thread.note.x, HALF_NOTE), Math.max(HALF_NOTE, width - HALF_NOTE));
  return (
    <div
      ref={ref}
      role="dialog"
      aria-label={`Note on ${thread.label}`}
      tabIndex={-1}
      data-testid="thread-note"
      className="absolute z-20 w-80 -translate-x-1/2 rounded-md border border-edge bg-surface p-3 text-sm shadow-lg"
      style={{ left, top: offsetY + thread.note.y + 14 }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <p className="font-semibold">{thread.label}</p>
      {thread.note.notes.map((note, i) => (
        <p key={i} className="mt-1">
          {note}
        </p>
      ))}
      <button
        type="button"
        className="mt-2 rounded border border-edge px-2 py-1 font-semibold"
        onClick={onClose}
      >
        Close
      </button>
    </div>
  );
}
