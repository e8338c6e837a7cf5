import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PartBoundary } from './part-boundary';

function Broken(): never {
  throw new Error('Failed to fetch dynamically imported module');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('PartBoundary', () => {
  it('keeps a failed part to itself: the rest of the page stays, and the reader is told', () => {
    // React reports the caught error on the console; the test is about what the reader sees.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <main>
        <p>The chart</p>
        <PartBoundary part="the details">
          <Broken />
        </PartBoundary>
      </main>,
    );
    expect(screen.getByText('The chart')).toBeDefined();
    expect(screen.getByRole('alert').textContent).toBe(
      'The details could not be shown (Failed to fetch dynamically imported module). Reload the page',
    );
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeDefined();
  });
});
