import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StageHeader } from './stage-header';

describe('StageHeader', () => {
  it('announces the step in a status region, and shows the short form once', () => {
    const props = {
      title: 'A briefing',
      onPrevious: null,
      onNext: null,
      onFullscreen: () => undefined,
      skipToTimeline: false,
    };
    const { rerender } = render(
      <StageHeader {...props} progress="Opening" progressName="Opening slide" />,
    );
    expect(screen.getByRole('status').textContent).toBe('Opening slide');
    rerender(<StageHeader {...props} progress="3 / 11" progressName="Step 3 of 11" />);
    expect(screen.getByRole('status').textContent).toBe('Step 3 of 11');
    expect(screen.getByTestId('progress').getAttribute('aria-hidden')).toBe('true');
  });
});
