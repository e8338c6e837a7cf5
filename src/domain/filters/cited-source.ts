import type { FacetFilter, FacetLabels } from './declaration';
import { isActiveSelection, listParam, sanitizeSelection } from './selection';
import { isSlug, sorted } from './url-params';

/**
 * Each source labelled by its publisher, with the title added when two sources share a
 * publisher (two reports by one rights group must read apart).
 */
export function sourceLabels(sources: FacetLabels['sources']): Map<string, string> {
  const perPublisher = new Map<string, number>();
  for (const s of sources) perPublisher.set(s.publisher, (perPublisher.get(s.publisher) ?? 0) + 1);
  return new Map(
    sources.map((s) => [
      s.id,
      (perPublisher.get(s.publisher) ?? 0) > 1 ? `${s.publisher}: ${s.title}` : s.publisher,
    ]),
  );
}

/**
 * `src=courier,harbor-watch`: the sources shown, by source id (an event passes when any of its
 * claims cites one). Not `source=`, which old links use for attributions ("who says so").
 */
export const citedSourceFilter: FacetFilter<'citedSources', string, readonly string[] | null> = {
  type: 'facet',
  key: 'citedSources',
  ...listParam('src', isSlug, sorted),
  sanitize: sanitizeSelection,
  isActive: isActiveSelection,
  column: (columns) => columns.cited,
  // In the dataset's own order of sources.
  options(has, { sources }) {
    const labels = sourceLabels(sources);
    return sources
      .filter((s) => has(s.id))
      .map((s) => ({ value: s.id, label: labels.get(s.id) ?? s.id }));
  },
};
