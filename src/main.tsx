import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { makeQueryClient } from './app/query-client';
import { Root } from './app/root';
import { datasetQueryOptions } from './data/dataset-query';
import { datasetLocationOf } from './data/dataset-url';
import { readSnapshot } from './data/default-snapshot';
import { checkSnapshotLater } from './data/check-snapshot';
import { parseViewState } from './url-state/codec';
import { setPrerenderedHref } from './url-state/page-address';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const embedRoot = document.getElementById('root-embed');

const client = makeQueryClient();
const href = window.location.href;
const location = datasetLocationOf(parseViewState(window.location.search).data, href);
const query = datasetQueryOptions(location);
// The default dataset came with the page, checked when the page was built: it is drawn at once,
// with no request and no validator, and compared with the files beside the page afterwards.
const snapshot = location.ok && location.isDefault ? readSnapshot(document) : null;
if (snapshot) {
  client.setQueryData(query.queryKey, snapshot.dataset);
  checkSnapshotLater(client, query, snapshot, href);
} else {
  // Start the dataset now rather than after React's first render: App's useQuery (same location,
  // same key) finds this request in flight. Failures are App's to show.
  client.query(query).catch(() => undefined);
}

// The boot script in <head> named the prerendered view this address shows, if any.
const prerendered = document.documentElement.getAttribute('data-prerendered');
const hydrateInto = !snapshot
  ? null
  : prerendered === 'full'
    ? root
    : prerendered === 'embed'
      ? embedRoot
      : null;
if (hydrateInto) {
  (hydrateInto === root ? embedRoot : root)?.remove();
  setPrerenderedHref(href);
  // In a transition, hydration yields to the browser between pieces of work instead of holding
  // the main thread for the whole page: the prerendered page stays responsive while it wakes.
  startTransition(() => {
    hydrateRoot(hydrateInto, <Root client={client} />);
  });
} else {
  // Any other view is drawn here; the prerendered markup (hidden by index.css) is replaced.
  embedRoot?.remove();
  root.setAttribute('data-client', '');
  createRoot(root).render(<Root client={client} />);
}
