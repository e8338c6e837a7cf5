import { useState } from 'react';

/** Copies the current address (which holds the whole view) and says so. */
export function CopyLinkButton() {
  const [status, setStatus] = useState('');
  return (
    <>
      <button
        type="button"
        className="rounded-md border border-[var(--ct-border)] px-2 py-1 text-sm hover:bg-[var(--ct-hover)]"
        onClick={() => {
          navigator.clipboard.writeText(window.location.href).then(
            () => {
              setStatus('Link copied');
            },
            () => {
              setStatus('Copy failed: use the address bar');
            },
          );
        }}
      >
        Copy link
      </button>
      <span role="status" className="self-center text-sm text-[var(--ct-muted)]">
        {status}
      </span>
    </>
  );
}
