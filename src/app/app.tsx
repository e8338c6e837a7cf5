import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../data/dataset-query';
import { resolveDatasetUrl } from '../data/dataset-url';
import { DatasetLoadError } from '../data/load-error';
import { ErrorState } from '../ui/error-state';
import { useUrlState } from '../url-state/use-url-state';
import { FullShell } from './full-shell';

export function App() {
  const [view, setView] = useUrlState();
  const location = useMemo(() => resolveDatasetUrl(view.data, window.location.href), [view.data]);
  const query = useQuery(datasetQueryOptions(location));

  if (query.isPending) {
    return (
      <p role="status" className="p-6 text-[var(--ct-muted)]">
        Loading the dataset…
      </p>
    );
  }
  if (query.isError) {
    const { error } = query;
    const details =
      error instanceof DatasetLoadError && error.problem.kind === 'invalid'
        ? error.problem.problems
        : [];
    return (
      <div className="mx-auto max-w-3xl p-6">
        <ErrorState
          title="The dataset could not be loaded"
          message={error.message}
          details={details}
          onRetry={() => void query.refetch()}
        />
      </div>
    );
  }
  return <FullShell dataset={query.data} view={view} setView={setView} />;
}
