import { useState } from 'react';
import { EmbedDialog } from '../features/embed/embed-dialog';
import { PRINT_REFUSED, printWasRefused, useSandboxProbe } from '../features/export/sandbox-probe';
import { serializeViewState } from '../url-state/codec';
import type { ViewState } from '../url-state/codec';

const BUTTON =
  'rounded-md border border-[var(--ct-border)] bg-[var(--ct-surface)] px-2 py-1 text-sm hover:bg-[var(--ct-hover)]';

/** The full view's ways out: present this view, embed it, print it. All keep the filters. */
export function ViewActions({ view }: { view: ViewState }) {
  const [status, setStatus] = useState('');
  const { probe, isSandboxed } = useSandboxProbe();
  const base = `${window.location.origin}${window.location.pathname}`;
  const presentHref = `${window.location.pathname}${serializeViewState({ ...view, mode: 'present', event: null })}`;
  const embedUrl = `${base}${serializeViewState({ ...view, mode: 'embed', event: null, step: null })}`;
  return (
    <div
      className="no-print flex flex-wrap items-center gap-2"
      role="group"
      aria-label="Share and present"
    >
      <a href={presentHref} className={BUTTON}>
        Present
      </a>
      <EmbedDialog embedUrl={embedUrl} />
      <button
        type="button"
        className={BUTTON}
        onClick={() => {
          setStatus(printWasRefused(isSandboxed) ? PRINT_REFUSED : '');
        }}
      >
        Print
      </button>
      {probe}
      {status && (
        <span role="alert" className="text-sm text-[var(--ct-error)]">
          {status}
        </span>
      )}
    </div>
  );
}
