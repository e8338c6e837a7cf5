import type { ViewState } from './codec';

/** `push` adds a Back step; `replace` refines the current one (typing, for instance). */
export type HistoryMode = 'push' | 'replace';

/** Writes part of the view to the URL; `push` unless the change only refines the current step. */
export type SetView = (patch: Partial<ViewState>, mode?: HistoryMode) => void;
