import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';

let shouldThrow = true;

function Fragile() {
  const [n] = useState(1);
  if (shouldThrow) throw new Error('layout exploded');
  return <p>recovered {n}</p>;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('ErrorBoundary turns a render error into a panel with the message, and "Try again" re-renders', async () => {
    // React logs caught render errors; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    shouldThrow = true;
    render(
      <ErrorBoundary>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The timeline could not be drawn');
    expect(screen.getByRole('alert')).toHaveTextContent('layout exploded');
    shouldThrow = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('recovered 1')).toBeInTheDocument();
  });
});
