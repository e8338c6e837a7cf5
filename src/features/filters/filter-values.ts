import type { HistoryMode } from '../../url-state/set-view';
import type { UrlFilterValues } from '../../domain/filters/registry';

export type { FilterValues } from '../../domain/filters/registry';

export type { HistoryMode };

/** A panel change, in the URL's own terms (a custody selection may be "all but"). */
export type OnFilterChange = (patch: Partial<UrlFilterValues>, mode: HistoryMode) => void;
