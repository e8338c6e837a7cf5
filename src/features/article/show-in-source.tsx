import type { Claim, SourceInfo } from '../../domain/types';
import { sourceLinkToQuote } from './text-fragment';

export interface ShowInSourceProps {
  readonly claim: Claim;
  /** The claim's source; null only if the dataset names none by its id. */
  readonly source: SourceInfo | null;
  readonly onShow: (claim: Claim) => void;
  /** The id of the words saying why the source's text could not be loaded, when it could not. */
  readonly describedBy: string | undefined;
}

const ACTION = 'underline underline-offset-2 hover:text-ink';

/**
 * Where a reader checks a quote: the stored text opened at the quote, or the source's own page
 * scrolled to it by a text fragment, or, when the dataset holds neither, a plain statement.
 */
export function ShowInSource({ claim, source, onShow, describedBy }: ShowInSourceProps) {
  const text = source?.text;
  if (text?.status === 'loaded' || text?.status === 'unavailable') {
    const loaded = text.status === 'loaded';
    return (
      <>
        <button
          type="button"
          className={`${ACTION} disabled:cursor-not-allowed disabled:no-underline`}
          disabled={!loaded}
          aria-describedby={loaded ? undefined : describedBy}
          onClick={() => {
            onShow(claim);
          }}
        >
          Show in source
        </button>
        {!loaded && <span>(its text could not be loaded)</span>}
      </>
    );
  }
  const href = source?.url ? sourceLinkToQuote(source.url, claim.quote) : null;
  if (!href) return <span>Source cited, not stored</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={ACTION}>
      Show in source
      <span aria-hidden="true"> ↗</span>
      <span className="sr-only"> (opens the source’s own page in a new tab)</span>
    </a>
  );
}
