import type { UrlFilterValues } from '../../domain/filters/registry';

export type { FilterValues } from '../../domain/filters/registry';

/** `push` adds a Back step; `replace` refines the current one (typing, for instance). */
export type HistoryMode = 'push' | 'replace';

/** A panel change, in the URL's own terms (a custody selection may be "all but"). */
export type OnFilterChange = (patch: Partial<UrlFilterValues>, mode: HistoryMode) => void;
