import type { FacetFilter } from './declaration';
import { isActiveSelection, listParam, sanitizeSelection } from './selection';
import { isSlug, sorted } from './url-params';

/** `source=a,b`: the attributions shown (an event passes when any of its quotes has one). */
export const sourceFilter: FacetFilter<'sources', string, readonly string[] | null> = {
  type: 'facet',
  key: 'sources',
  ...listParam('source', isSlug, sorted),
  sanitize: sanitizeSelection,
  isActive: isActiveSelection,
  column: ({ attributionIds, attr, attrStart }) => ({
    names: attributionIds,
    ids: attr,
    starts: attrStart,
  }),
  // In the dataset's own order of attributions, labelled as it labels them.
  options: (has, { attributions }) =>
    attributions.filter((a) => has(a.id)).map((a) => ({ value: a.id, label: a.label })),
};
