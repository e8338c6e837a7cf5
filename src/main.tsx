import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { Providers } from './app/providers';
import { makeQueryClient } from './app/query-client';
import { datasetQueryOptions } from './data/dataset-query';
import { datasetLocationOf } from './data/dataset-url';
import { parseViewState } from './url-state/codec';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Start the dataset (and the validator chunk) now rather than after React's first render: the
// same location and so the same query key that App derives from the URL, so App's useQuery
// finds this request in flight instead of starting another.
const client = makeQueryClient();
const location = datasetLocationOf(
  parseViewState(window.location.search).data,
  window.location.href,
);
// Failures are App's to show (useQuery sees the same query in its error state).
client.query(datasetQueryOptions(location)).catch(() => undefined);

createRoot(root).render(
  <StrictMode>
    <Providers client={client}>
      <App />
    </Providers>
  </StrictMode>,
);
