import type { EventKind } from '../../domain/kinds';
import type { HistoryMode } from '../../url-state/set-view';

/** What the filter panel reads and writes; the app maps it to and from the URL. */
export interface FilterValues {
  readonly kinds: readonly EventKind[] | null;
  readonly sides: readonly string[] | null;
  /**
   * In a patch only: the same selection as `sides`, as the values it leaves out. The URL then
   * says "all but these", which stays short when one of thousands of holders is unticked.
   */
  readonly sidesExcept?: readonly string[];
  readonly sources: readonly string[] | null;
  readonly q: string;
  readonly range: readonly [number, number] | null;
  readonly uncertain: boolean;
}

export type { HistoryMode };

export type OnFilterChange = (patch: Partial<FilterValues>, mode: HistoryMode) => void;
