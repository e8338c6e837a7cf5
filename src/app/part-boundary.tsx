import { Component } from 'react';
import type { ReactNode } from 'react';

interface Props {
  /** What could not be shown, for the message: "the details". */
  readonly part: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/**
 * Keeps a failure in one part (its code could not be loaded, say, after the site was updated)
 * to that part: the chart and the rest of the page stay, and the reader is told what to do.
 * A chunk that failed to load stays failed until the page loads again, hence the reload.
 */
export class PartBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <p role="alert" className="text-sm text-error" data-testid="part-error">
        {`${this.props.part.charAt(0).toUpperCase()}${this.props.part.slice(1)} could not be shown (${this.state.error.message}). `}
        <button
          type="button"
          className="underline underline-offset-2"
          onClick={() => {
            window.location.reload();
          }}
        >
          Reload the page
        </button>
      </p>
    );
  }
}
