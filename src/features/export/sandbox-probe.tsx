import { useCallback, useRef } from 'react';
import type { ReactElement } from 'react';

export const DOWNLOAD_REFUSED =
  'Download blocked: this page runs inside a sandboxed frame, which does not allow downloads. ' +
  'Open it in a tab of its own to download.';

export const PRINT_REFUSED =
  'Printing blocked: this page runs inside a sandboxed frame, which does not allow printing. ' +
  'Open it in a tab of its own to print.';

export interface SandboxProbe {
  /** A hidden, empty form that the probe submits; render it once beside the buttons. */
  readonly probe: ReactElement;
  /** True when this document is sandboxed (by an iframe, or a tab opened from one). */
  readonly isSandboxed: () => boolean;
}

/**
 * A sandboxed document refuses downloads and print dialogs silently: the click returns and
 * nothing happens. No API names the sandbox flags, so this asks a harmless question whose answer
 * the sandbox does change: a sandbox without `allow-forms` refuses a form submission before its
 * `submit` event fires, while an ordinary page fires the event synchronously (and it is
 * cancelled here, so nothing is sent). Embed snippets that block downloads usually leave out
 * `allow-forms` too (this app's own earlier snippet did). A sandbox that grants it, or a browser
 * that fires the event anyway, reads as "not sandboxed": the probe can miss a refusal, but it
 * does not claim one on an ordinary page.
 */
export function useSandboxProbe(): SandboxProbe {
  const form = useRef<HTMLFormElement>(null);
  const submitted = useRef(false);
  const isSandboxed = useCallback(() => {
    const node = form.current;
    if (!node) return false;
    submitted.current = false;
    node.requestSubmit();
    return !submitted.current;
  }, []);
  const probe = (
    <form
      ref={form}
      hidden
      aria-hidden="true"
      onSubmit={(event) => {
        event.preventDefault();
        submitted.current = true;
      }}
    />
  );
  return { probe, isSandboxed };
}

/**
 * Opens the print dialog; true when the browser refused it. Browsers fire `beforeprint` before
 * they show the dialog; a sandbox without `allow-modals` returns from print() without it.
 */
export function printWasRefused(isSandboxed: () => boolean): boolean {
  const dialog = { started: false };
  const mark = () => {
    dialog.started = true;
  };
  window.addEventListener('beforeprint', mark);
  try {
    window.print();
  } finally {
    window.removeEventListener('beforeprint', mark);
  }
  return !dialog.started && isSandboxed();
}
