import { useId } from 'react';
import { sourceSays } from '../../domain/dispute-wording';
import { formatPeople, formatWindowLong } from '../../domain/format';
import type { Claim, SourceInfo, TimelineEvent } from '../../domain/types';
import { Highlight } from '../../ui/highlight';
import { describeSource, groupClaimsBySource } from './claims-by-source';
import type { SourceGroup } from './claims-by-source';

/** What a claim offers to check it against its source; `describedBy` says why it cannot. */
export type RenderSourceAction = (claim: Claim, describedBy: string | undefined) => React.ReactNode;

export interface SourceGroupsProps {
  readonly event: TimelineEvent;
  readonly sources: readonly SourceInfo[];
  readonly query: string;
  readonly renderSourceAction: RenderSourceAction;
}

/**
 * The event's claims, source by source. When the sources disagree they stand side by side (as
 * many columns as fit, stacked on a narrow screen), each saying its own figure.
 */
export function SourceGroups({ event, sources, query, renderSourceAction }: SourceGroupsProps) {
  const groups = groupClaimsBySource(event, sources);
  const disputed = event.dispute !== null;
  return (
    <ul
      className={
        disputed
          ? 'grid grid-cols-[repeat(auto-fit,minmax(min(100%,12rem),1fr))] gap-3'
          : 'flex flex-col gap-3'
      }
      data-layout={disputed ? 'columns' : 'list'}
    >
      {groups.map((group) => (
        <SourceGroupItem
          key={group.sourceId}
          group={group}
          showCount={Boolean(event.dispute?.count)}
          query={query}
          renderSourceAction={renderSourceAction}
        />
      ))}
    </ul>
  );
}

function SourceGroupItem({
  group,
  showCount,
  query,
  renderSourceAction,
}: {
  group: SourceGroup;
  showCount: boolean;
  query: string;
  renderSourceAction: RenderSourceAction;
}) {
  const uncheckedId = useId();
  const { source } = group;
  const publisher = source?.publisher ?? group.sourceId;
  const missing = source?.text.status === 'unavailable' ? source.text : null;
  // A quote never checked must not look like one that was.
  const notStored = source?.text.status === 'not-stored';
  return (
    <li
      data-testid="source-group"
      className="flex flex-col gap-2 rounded-md border border-edge p-3"
    >
      <div>
        <h4 className="font-semibold">{publisher}</h4>
        {source && <p className="text-sm text-muted">{describeSource(source)}</p>}
      </div>
      {showCount && (
        <p className="text-sm font-semibold" data-testid="source-says">
          {sourceSays(publisher, group.counts)}
        </p>
      )}
      {missing && (
        <p
          id={uncheckedId}
          className="rounded-md border border-edge p-2 text-sm"
          data-testid="quotes-unchecked"
        >
          Quotes from this source are shown as the dataset gives them; they could not be checked
          against its text, because it could not be loaded. {missing.reason}
        </p>
      )}
      {notStored && (
        <p className="text-sm text-muted" data-testid="quotes-not-stored">
          Not checked: the dataset cites this source but does not store its text.
        </p>
      )}
      <ul className="flex flex-col gap-2">
        {group.claims.map((claim, i) => (
          <li key={i} data-testid="quote">
            <figure className="border-l-4 border-edge pl-3">
              <blockquote className="italic">
                “<Highlight text={claim.quote.exact} query={query} />”
              </blockquote>
              <figcaption className="mt-1 flex flex-col gap-1 text-sm text-muted">
                <span data-testid="attribution">{claim.attributionLabel}</span>
                {claim.people && <span>This source’s reading: {formatPeople(claim.people)}</span>}
                {claim.window && <span>This source’s date: {formatWindowLong(claim.window)}</span>}
                <span className="flex flex-wrap items-center gap-x-2">
                  {renderSourceAction(claim, missing ? uncheckedId : undefined)}
                </span>
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </li>
  );
}
