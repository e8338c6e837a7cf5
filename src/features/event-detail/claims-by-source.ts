import { formatPublished } from '../../domain/format';
import type { SourceType } from '../../domain/kinds';
import type { Claim, QualifiedCount, SourceInfo, TimelineEvent } from '../../domain/types';

/** One source's claims on an event, with what the details say of the source. */
export interface SourceGroup {
  readonly sourceId: string;
  /** Null only when no source of the dataset has this id (the loader does not let that through). */
  readonly source: SourceInfo | null;
  /** In the order the event gives them. */
  readonly claims: readonly Claim[];
  /** The count each claim gives: its own reading, else the event's; none when neither gives one. */
  readonly counts: readonly QualifiedCount[];
}

/** "news", "NGO report": how the details name a source's type. */
export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  news: 'news report',
  statement: 'statement',
  ngo: 'NGO report',
  official: 'official document',
  court: 'court record',
  other: 'source',
};

/** An event's claims grouped by the source they cite, sources in the order they first appear. */
export function groupClaimsBySource(
  event: Pick<TimelineEvent, 'claims' | 'people'>,
  sources: readonly SourceInfo[],
): SourceGroup[] {
  const groups = new Map<string, { claims: Claim[]; counts: QualifiedCount[] }>();
  for (const claim of event.claims) {
    const group = groups.get(claim.sourceId) ?? { claims: [], counts: [] };
    group.claims.push(claim);
    const count = claim.people ?? event.people;
    if (count) group.counts.push(count);
    groups.set(claim.sourceId, group);
  }
  return [...groups].map(([sourceId, group]) => ({
    sourceId,
    source: sources.find((s) => s.id === sourceId) ?? null,
    ...group,
  }));
}

/** "“Belmark frees prisoners after talks” · 20 May 2019 · news report". */
export function describeSource(source: SourceInfo): string {
  return [`“${source.title}”`, formatPublished(source), SOURCE_TYPE_LABELS[source.type]].join(
    ' · ',
  );
}
