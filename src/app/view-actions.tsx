import { useState } from 'react';
import { EmbedDialog } from '../features/embed/embed-dialog';
import { PRINT_REFUSED, printWasRefused, useSandboxProbe } from '../features/export/sandbox-probe';
import { serializeViewState } from '../url-state/codec';
import type { ViewState } from '../url-state/codec';
import { Button, buttonClass } from '../ui/button';

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
      <a href={presentHref} className={buttonClass()}>
        Present
      </a>
      <EmbedDialog embedUrl={embedUrl} />
      <Button
        onClick={() => {
          setStatus(printWasRefused(isSandboxed) ? PRINT_REFUSED : '');
        }}
      >
        Print
      </Button>
      {probe}
      {status && (
        <span role="alert" className="text-sm text-error">
          {status}
        </span>
      )}
    </div>
  );
}

/** The embed's way out: the same view, full size, in a new tab of the reader's browser. */
export function OpenFullView({ view }: { view: ViewState }) {
  const href = `${window.location.pathname}${serializeViewState({ ...view, mode: 'full' })}`;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener"
      className="text-sm font-semibold underline underline-offset-2"
    >
      Open full view
    </a>
  );
}
