import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../data/dataset-query';
import { datasetLocationOf } from '../data/dataset-url';
import { DatasetLoadError } from '../data/load-error';
import { usePostSize } from '../features/embed/use-post-size';
import { OpenFileAgain } from '../features/open-file/open-file-again';
import { useTheme } from '../hooks/use-theme';
import { ErrorState } from '../ui/error-state';
import { usePageHref } from '../url-state/page-address';
import { useUrlState } from '../url-state/use-url-state';
import { capabilitiesOf } from './capabilities';
import { LoadingState } from './loading-state';
import { ModeShell } from './mode-shell';

/** Loads the dataset named by the URL and hands it to the shell for the URL's mode. */
export function App() {
  const [view, setView] = useUrlState();
  useTheme(view.dark, view.projector);
  // From the page's own address too: a `?data=` too long for the view state is refused by name.
  const pageHref = usePageHref();
  const location = datasetLocationOf(view.data, pageHref);
  const capabilities = capabilitiesOf(view.mode);
  const query = useQuery(datasetQueryOptions(location));
  usePostSize(
    capabilities.postSize,
    query.isPending ? 'loading' : query.isError ? 'error' : 'ready',
  );

  if (query.isPending) return <LoadingState url={location.url} />;
  if (query.isError) {
    const { error } = query;
    if (error instanceof DatasetLoadError && error.problem.kind === 'local-file') {
      return (
        <main className="mx-auto max-w-3xl p-6">
          <OpenFileAgain message={error.message} setView={setView} />
        </main>
      );
    }
    const details =
      error instanceof DatasetLoadError && error.problem.kind === 'invalid'
        ? error.problem.problems
        : [];
    return (
      <main className="mx-auto max-w-3xl p-6">
        <ErrorState
          title="The dataset could not be loaded"
          message={error.message}
          details={details}
          onRetry={() => void query.refetch()}
        />
      </main>
    );
  }
  return (
    <ModeShell
      dataset={query.data}
      datasetUrl={location.url}
      view={view}
      setView={setView}
      capabilities={capabilities}
    />
  );
}
