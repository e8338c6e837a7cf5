import { disputeSummary } from '../../domain/dispute-wording';
import type { Dispute } from '../../domain/types';

/**
 * "≠ Sources disagree: 12–14": said in words, not by colour alone, and part of the details'
 * accessible name (the section names it by `id`).
 */
export function DisputeMarker({ id, dispute }: { id: string; dispute: Dispute }) {
  return (
    <p
      id={id}
      data-testid="dispute-marker"
      className="inline-flex items-center gap-1.5 self-start rounded-full border-2 border-warn px-2 py-0.5 text-sm font-semibold text-warn"
    >
      <span aria-hidden="true" className="text-base leading-none">
        ≠
      </span>
      {disputeSummary(dispute)}
    </p>
  );
}
