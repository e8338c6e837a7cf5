import type { Cohort, CohortLink, SourceInfo, TimelineEvent } from '../../domain/types';

/** One event of a cohort as the details list it. */
export interface CohortStep {
  readonly id: string;
  /** Null when the event was skipped by the loader: the id is all there is to show. */
  readonly title: string | null;
  readonly current: boolean;
}

/** A link that touches the selected event, with the words it rests on. */
export interface CohortLinkView {
  readonly fromTitle: string;
  readonly toTitle: string;
  readonly basis: CohortLink['basis'];
  /** "the source says" or "inferred: <note>": an inference always reads as one. */
  readonly label: string;
  /** A quote link's claim, when it resolves to a drawn event. */
  readonly quote: {
    readonly exact: string;
    readonly attribution: string;
    readonly publisher: string | null;
  } | null;
  /** The analyst's note on a quote link (an inference's note is already in its label). */
  readonly note: string | null;
}

/** The cohorts an event belongs to, in the order its `cohortIds` give. */
export function cohortsOf(
  event: Pick<TimelineEvent, 'cohortIds'>,
  cohorts: readonly Cohort[],
): Cohort[] {
  return event.cohortIds.flatMap((id) => cohorts.filter((cohort) => cohort.id === id));
}

/** How a link's basis is said: a source's words, or the analyst's reasoning, named as such. */
export function linkBasisLabel(link: Pick<CohortLink, 'basis' | 'note'>): string {
  return link.basis === 'quote' ? 'the source says' : `inferred: ${link.note}`;
}

/** The cohort's events in its order, the selected one marked. */
export function cohortSteps(
  cohort: Cohort,
  eventId: string,
  events: ReadonlyMap<string, TimelineEvent>,
): CohortStep[] {
  return cohort.events.map((id) => ({
    id,
    title: events.get(id)?.title ?? null,
    current: id === eventId,
  }));
}

/** The links of a cohort that start or end at `eventId`, in the cohort's order. */
export function linksTouching(
  cohort: Cohort,
  eventId: string,
  events: ReadonlyMap<string, TimelineEvent>,
  sources: readonly SourceInfo[],
): CohortLinkView[] {
  const titleOf = (id: string) => events.get(id)?.title ?? id;
  return cohort.links
    .filter((link) => link.from === eventId || link.to === eventId)
    .map((link) => {
      const claim = link.claim && events.get(link.claim.eventId)?.claims[link.claim.index];
      return {
        fromTitle: titleOf(link.from),
        toTitle: titleOf(link.to),
        basis: link.basis,
        // A quote link whose words are in a skipped event cannot show them: it says so.
        label:
          link.basis === 'quote' && !claim
            ? 'the source says (its words are in an event that could not be shown)'
            : linkBasisLabel(link),
        quote:
          link.basis === 'quote' && claim
            ? {
                exact: claim.quote.exact,
                attribution: claim.attributionLabel,
                publisher: sources.find((s) => s.id === claim.sourceId)?.publisher ?? null,
              }
            : null,
        note: link.basis === 'quote' ? link.note : null,
      };
    });
}
