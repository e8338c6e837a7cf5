import { lazy, Suspense, useMemo } from 'react';
import { withHistoryPolicy } from './capabilities';
import { EmbedShell } from './embed-shell';
import { FullShell } from './full-shell';
import { DatasetTitle, useDocumentTitle } from './page-title';
import type { PresentShellProps } from './present-shell';

// Briefings load their shell on demand: a reader of the page or an embed never pays for it.
const PresentShell = lazy(() =>
  import('./present-shell').then((module) => ({ default: module.PresentShell })),
);

/** Every shell's props, and where the dataset came from (a briefing lies beside it). */
type ModeShellProps = PresentShellProps;

/**
 * The shell for the URL's mode, given a `setView` bound to the mode's history policy — the one
 * place that policy is applied, so no shell or control can forget it — under the dataset's title.
 */
export function ModeShell(props: ModeShellProps) {
  useDocumentTitle(props.dataset.title);
  return (
    <DatasetTitle value={props.dataset.title}>
      <Shell {...props} />
    </DatasetTitle>
  );
}

function Shell(props: ModeShellProps) {
  const { setView, capabilities } = props;
  const bound = useMemo(
    () => withHistoryPolicy(setView, capabilities.history),
    [setView, capabilities.history],
  );
  const shell = { ...props, setView: bound };
  switch (props.view.mode) {
    case 'embed':
      return <EmbedShell {...shell} />;
    case 'present':
      return (
        <Suspense
          fallback={
            <p role="status" className="p-4">
              Loading the briefing…
            </p>
          }
        >
          <PresentShell {...shell} />
        </Suspense>
      );
    case 'full':
      return <FullShell {...shell} />;
  }
}
