import { EVENT_KINDS } from '../kinds';
import type { EventKind } from '../kinds';
import type { FacetFilter } from './declaration';
import { isActiveSelection, listParam, sanitizeSelection, singleValued } from './selection';

const isKind = (v: string): v is EventKind => (EVENT_KINDS as readonly string[]).includes(v);
const canonical = (kinds: readonly EventKind[]) => EVENT_KINDS.filter((k) => kinds.includes(k));

/** `kind=capture,release`: the kinds shown; null = all, [] = none. Options in lane order. */
export const kindFilter: FacetFilter<'kinds', EventKind, readonly EventKind[] | null> = {
  type: 'facet',
  key: 'kinds',
  ...listParam('kind', isKind, canonical),
  sanitize: (kinds, available) => sanitizeSelection(kinds, available.filter(isKind)),
  isActive: isActiveSelection,
  column: (columns) => singleValued(EVENT_KINDS, columns.kind),
  options: (has) => EVENT_KINDS.filter(has).map((kind) => ({ value: kind, label: kind })),
};
