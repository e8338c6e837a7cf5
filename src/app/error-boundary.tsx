import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { ErrorState } from '../ui/error-state';

interface State {
  readonly error: Error | null;
}

/** Turns a render bug into a recoverable panel instead of a white page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('custody-timeline render error', error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <ErrorState
          title="The timeline could not be drawn"
          message={this.state.error.message}
          onRetry={() => {
            this.setState({ error: null });
          }}
          retryLabel="Try again"
        />
      );
    }
    return this.props.children;
  }
}
