import type { Cohort, Dataset } from './types';

/**
 * The events a source itself ties to `from`: reachable through the cohort's "quote" links, in
 * either direction. The rest of the cohort rests on an inference (or on no link at all).
 */
function saidToShare(cohort: Cohort, from: string): ReadonlySet<string> {
  const reached = new Set([from]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const link of cohort.links) {
      if (link.basis !== 'quote') continue;
      const [a, b] = [reached.has(link.from), reached.has(link.to)];
      if (a !== b) {
        reached.add(a ? link.to : link.from);
        grew = true;
      }
    }
  }
  return reached;
}

/**
 * The other events of the selected event's cohorts, each with the label of the cohort it shares
 * (labels joined with "; " when it shares several), marked "(inferred)" where no source ties it
 * to the selected event and only the analyst's reading does: an inference is always shown as
 * one. The selected event itself is not in it; an event filtered out or zoomed away stays in it
 * (the chart simply does not draw it). Empty when nothing is selected, the id is unknown or the
 * event belongs to no cohort.
 */
export function cohortMembers(
  dataset: Pick<Dataset, 'events' | 'cohorts'>,
  selectedId: string | null,
): ReadonlyMap<string, string> {
  const members = new Map<string, string>();
  if (selectedId === null) return members;
  for (const cohort of dataset.cohorts) {
    if (!cohort.events.includes(selectedId)) continue;
    const said = saidToShare(cohort, selectedId);
    for (const id of cohort.events) {
      if (id === selectedId) continue;
      const label = said.has(id) ? cohort.label : `${cohort.label} (inferred)`;
      const shared = members.get(id);
      members.set(id, shared === undefined ? label : `${shared}; ${label}`);
    }
  }
  return members;
}
