import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { datasetQueryOptions } from '../../data/dataset-query';
import { LOCAL_DATA, localLocation } from '../../data/dataset-url';
import { DEFAULT_FILTERS } from '../../domain/filters/registry';
import type { SetView } from '../../url-state/set-view';
import { setOpenedReport } from './opened-files';
import type { LocalFile } from './read-local-files';

/**
 * Opens files from the reader's computer: reads them here (the importers load now, on first
 * use), puts the dataset in the query cache under `?data=local`'s key, the one every mode reads,
 * then points the URL there. A view of another dataset (its filters, its selected event) would
 * not fit this one, so both start afresh.
 */
export function useOpenFiles(setView: SetView): (files: readonly LocalFile[]) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    async (files: readonly LocalFile[]) => {
      if (files.length === 0) return;
      const names = files.map((f) => f.name);
      setOpenedReport({ files: names, status: 'reading', problems: [], notes: [] });
      try {
        const { readLocalFiles } = await import('./read-local-files');
        const today = new Date().toISOString().slice(0, 10);
        const { dataset, problems, notes } = await readLocalFiles(files, today);
        if (dataset === null) {
          setOpenedReport({ files: names, status: 'failed', problems, notes });
          return;
        }
        const location = localLocation(window.location.href);
        client.setQueryData(datasetQueryOptions(location).queryKey, dataset);
        setOpenedReport({ files: names, status: 'shown', problems, notes });
        setView({ ...DEFAULT_FILTERS, data: LOCAL_DATA, event: null, step: null });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setOpenedReport({
          files: names,
          status: 'failed',
          problems: [`The files could not be read: ${message}`],
          notes: [],
        });
      }
    },
    [client, setView],
  );
}
