import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../ui/button';
import type { SetView } from '../../url-state/set-view';
import { OpenedFilesReport } from './opened-files-report';
import { useOpenFiles } from './use-open-files';

/** What the chooser offers; a drop takes any file and says what it cannot read. */
const ACCEPT = '.json,.csv,.tsv,.txt,.xlsx';

/** A drag that carries files (not a selection of text, not a link). */
function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * "Open a file": a button, and a drop anywhere on the page. Our JSON (with its .txt texts), the
 * CSV sheets, a workbook, or a TimelineJS file; read in this tab, never uploaded.
 */
export function OpenFile({ setView }: { setView: SetView }) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [dragging, setDragging] = useState(false);
  const open = useOpenFiles(setView);

  useEffect(() => {
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would navigate to the dropped file.
      event.preventDefault();
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      // Leaving the window, not passing from one element to another.
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      setDragging(false);
      const files = event.dataTransfer?.files;
      if (!files || files.length === 0) return;
      event.preventDefault();
      void open([...files]);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [open]);

  return (
    <div className="no-print flex flex-col gap-1" data-testid="open-file">
      <div className="flex flex-wrap items-center gap-2">
        <Button
          aria-describedby={hintId}
          onClick={() => {
            input.current?.click();
          }}
        >
          Open a file…
        </Button>
        <span id={hintId} className="text-xs text-muted">
          or drop it on the page: read here, never uploaded
        </span>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="open-file-input"
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            // The same file chosen again (after fixing it) must fire another change.
            event.currentTarget.value = '';
            void open(files);
          }}
        />
      </div>
      <OpenedFilesReport />
      {dragging && (
        <div
          aria-hidden="true"
          className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center border-4 border-dashed border-accent bg-surface/80 text-xl font-semibold"
        >
          Drop the files to open them
        </div>
      )}
    </div>
  );
}
