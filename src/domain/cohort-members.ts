import type { Dataset } from './types';

/**
 * The other events of the selected event's cohorts, each with the label of the cohort it shares
 * (labels joined with "; " when it shares several). The selected event itself is not in it; an
 * event filtered out or zoomed away stays in it (the chart simply does not draw it). Empty when
 * nothing is selected, the id is unknown or the event belongs to no cohort.
 */
export function cohortMembers(
  dataset: Pick<Dataset, 'events' | 'cohorts'>,
  selectedId: string | null,
): ReadonlyMap<string, string> {
  const members = new Map<string, string>();
  if (selectedId === null) return members;
  for (const cohort of dataset.cohorts) {
    if (!cohort.events.includes(selectedId)) continue;
    for (const id of cohort.events) {
      if (id === selectedId) continue;
      const shared = members.get(id);
      members.set(id, shared === undefined ? cohort.label : `${shared}; ${cohort.label}`);
    }
  }
  return members;
}
