import { useId, useRef, useState } from 'react';
import {
  buildEmbedSnippet,
  DEFAULT_EMBED_WIDTH,
  EMBED_WIDTHS,
  isEmbedWidthId,
} from './embed-snippet';
import type { EmbedWidthId } from './embed-snippet';
import { Button } from '../../ui/button';

/** "Embed": the iframe snippet for the current view, ready to copy into a newsroom CMS. */
/** `embedUrl`: the embed's full address, or '' while the page does not know where it is served. */
export function EmbedDialog({ embedUrl }: { embedUrl: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState('');
  const [width, setWidth] = useState<EmbedWidthId>(DEFAULT_EMBED_WIDTH);
  const widthId = useId();
  // No address yet (the prerendered page, before it runs where it is served): no snippet yet.
  const snippet = embedUrl === '' ? '' : buildEmbedSnippet(embedUrl, width);
  const reserved = EMBED_WIDTHS[width].height;
  return (
    <>
      <Button
        onClick={() => {
          setStatus('');
          dialog.current?.showModal();
        }}
      >
        Embed
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="embed-title"
        className="m-auto w-[min(44rem,94vw)] rounded-lg border border-edge bg-surface p-4 text-ink backdrop:bg-black/50"
        data-testid="embed-dialog"
      >
        <h2 id="embed-title" className="text-lg font-bold">
          Embed this view
        </h2>
        <p className="my-2 text-sm">
          Paste into any page. It loads nothing from third parties. The frame starts at the height
          this view needs in a column of the width you choose, so the article around it does not
          jump when it loads; the script then fits the frame to its content exactly.
        </p>
        <p className="my-2 text-sm" data-testid="embed-stripped-script">
          If your CMS removes the script, the frame keeps that starting height ({reserved} px) and
          scrolls inside when its content is taller.
        </p>
        <div className="my-2 flex flex-wrap items-center gap-2 text-sm">
          <label htmlFor={widthId} className="font-semibold">
            Width of the column on your page
          </label>
          <select
            id={widthId}
            value={width}
            onChange={(event) => {
              const chosen = event.target.value;
              if (isEmbedWidthId(chosen)) setWidth(chosen);
            }}
            className="rounded-md border border-edge bg-page px-2 py-1"
          >
            {Object.entries(EMBED_WIDTHS).map(([id, row]) => (
              <option key={id} value={id}>
                {row.label}
              </option>
            ))}
          </select>
        </div>
        <label htmlFor="embed-snippet" className="text-sm font-semibold">
          HTML snippet
        </label>
        <textarea
          id="embed-snippet"
          readOnly
          value={snippet}
          rows={14}
          className="mt-1 w-full rounded-md border border-edge bg-page p-2 font-mono text-xs"
          onFocus={(e) => {
            e.currentTarget.select();
          }}
        />
        <div className="mt-2 flex items-center gap-2">
          <Button
            onClick={() => {
              navigator.clipboard.writeText(snippet).then(
                () => {
                  setStatus('Snippet copied');
                },
                () => {
                  setStatus('Copy failed: select the text and copy it');
                },
              );
            }}
          >
            Copy snippet
          </Button>
          <Button
            onClick={() => {
              dialog.current?.close();
            }}
          >
            Close
          </Button>
          <span role="status" className="text-sm text-muted">
            {status}
          </span>
        </div>
      </dialog>
    </>
  );
}
