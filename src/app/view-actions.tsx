import { lazy, Suspense, useState } from 'react';
import type { ReactNode } from 'react';
import { PRINT_REFUSED, printWasRefused, useSandboxProbe } from '../features/export/sandbox-probe';
import { serializeViewState } from '../url-state/codec';
import { usePageHref } from '../url-state/page-address';
import { usePrerendering } from '../hooks/use-prerendering';
import type { ViewState } from '../url-state/codec';
import { ActionMenu } from '../ui/action-menu';
import { Button, buttonClass } from '../ui/button';
import { CopyLinkButton } from '../ui/copy-link-button';
import { PartBoundary } from './part-boundary';

// The snippet builder and its dialog are not needed to draw the page: they load right after it.
const embedModule = import('../features/embed/embed-dialog');
const EmbedDialog = lazy(() => embedModule.then((module) => ({ default: module.EmbedDialog })));

/** What the full view's actions are called: one menu on a phone, one row at a desk. */
export const SHARE_MENU_LABEL = 'Share & export';

/**
 * The full view's ways out: present this view, embed it, print it, download it (`exports`),
 * copy its link. All keep the filters.
 */
export function ViewActions({ view, exports }: { view: ViewState; exports?: ReactNode }) {
  const [status, setStatus] = useState('');
  const { probe, isSandboxed } = useSandboxProbe();
  // Relative to the page, so the prerendered link is right wherever the page is served from.
  const presentHref = serializeViewState({ ...view, mode: 'present', event: null });
  const pageHref = usePageHref();
  // Not in the prerendered HTML (whose address is the build's, not the site's): the dialog gets
  // the snippet once the page runs where it is served.
  const prerendering = usePrerendering();
  const embedUrl = prerendering
    ? ''
    : new URL(serializeViewState({ ...view, mode: 'embed', event: null, step: null }), pageHref)
        .href;
  return (
    <ActionMenu label={SHARE_MENU_LABEL}>
      <a href={presentHref} className={buttonClass('small', 'text-center')}>
        Present
      </a>
      <PartBoundary part="the embed snippet">
        <Suspense fallback={<Button disabled>Embed</Button>}>
          <EmbedDialog embedUrl={embedUrl} />
        </Suspense>
      </PartBoundary>
      <Button
        onClick={() => {
          setStatus(printWasRefused(isSandboxed) ? PRINT_REFUSED : '');
        }}
      >
        Print
      </Button>
      {exports}
      <CopyLinkButton />
      {probe}
      {status && (
        <span role="alert" className="text-sm text-error">
          {status}
        </span>
      )}
    </ActionMenu>
  );
}

/** The embed's way out: the same view, full size, in a new tab of the reader's browser. */
export function OpenFullView({ view }: { view: ViewState }) {
  // `?` alone: this page's own path with no view state, wherever the page is served from.
  const href = serializeViewState({ ...view, mode: 'full' }) || '?';
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
