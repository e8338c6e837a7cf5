import { useMemo } from 'react';
import { withHistoryPolicy } from './capabilities';
import { EmbedShell } from './embed-shell';
import { FullShell } from './full-shell';
import { DatasetTitle, useDocumentTitle } from './page-title';
import { PresentShell } from './present-shell';
import type { PresentShellProps } from './present-shell';

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
      return <PresentShell {...shell} />;
    case 'full':
      return <FullShell {...shell} />;
  }
}
