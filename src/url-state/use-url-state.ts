import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseViewState, serializeViewState } from './codec';
import type { ViewState } from './codec';
import type { HistoryMode, SetView } from './set-view';
import { prerenderedSearch } from './page-address';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
  };
}

const getSearch = () => window.location.search;

function notify(): void {
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/**
 * The URL as the home of view state: read through the codec, written with pushState (a step
 * Back can undo) or replaceState (transient refinements), re-read on Back/Forward.
 */
export function useUrlState(): [ViewState, SetView] {
  const search = useSyncExternalStore(subscribe, getSearch, prerenderedSearch);
  const state = useMemo(() => parseViewState(search), [search]);
  const update = useCallback((patch: Partial<ViewState>, mode: HistoryMode = 'push') => {
    const next = serializeViewState({ ...parseViewState(window.location.search), ...patch });
    if (next === window.location.search) return;
    const url = `${window.location.pathname}${next}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    notify();
  }, []);
  return [state, update];
}
