import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SkippedEvents, skippedSummary } from './skipped-events';

const SKIPPED = [
  {
    collection: 'events' as const,
    index: 3,
    id: 'capture-x',
    problems: ['date: "2020-13" is not a valid EDTF date'],
  },
];

describe('SkippedEvents', () => {
  it('says how many events the file holds that are not shown, in the right number', () => {
    expect(skippedSummary(1, 0, true)).toBe('1 event in the file could not be shown');
    expect(skippedSummary(2, 0, true)).toBe('2 events in the file could not be shown');
    expect(skippedSummary(1, 0, false)).toBe('1 event was skipped because the data is invalid');
    expect(skippedSummary(3, 0, false)).toBe('3 events were skipped because the data is invalid');
    expect(skippedSummary(0, 1, false)).toBe('1 cohort was skipped because the data is invalid');
    expect(skippedSummary(2, 1, true)).toBe('2 events and 1 cohort in the file could not be shown');
  });

  it('the compact line opens the same list of events and reasons', async () => {
    render(<SkippedEvents skipped={SKIPPED} compact />);
    const line = screen.getByText('1 event in the file could not be shown');
    expect(screen.getByText('date: "2020-13" is not a valid EDTF date')).not.toBeVisible();
    await userEvent.click(line);
    expect(screen.getByText('date: "2020-13" is not a valid EDTF date')).toBeVisible();
    expect(screen.getByTestId('skipped-events')).toHaveTextContent('Event #3 “capture-x”');
  });

  it('renders nothing when no event was skipped', () => {
    const { container } = render(<SkippedEvents skipped={[]} compact />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('SkippedEvents with a cohort', () => {
  it('names a skipped cohort as a cohort, beside an event of the same index', () => {
    render(
      <SkippedEvents
        skipped={[
          { collection: 'events', index: 0, id: 'capture-x', problems: ['date: bad'] },
          {
            collection: 'cohorts',
            index: 0,
            id: 'group-y',
            problems: ['events[1]: "z" is not an event id in this file'],
          },
        ]}
      />,
    );
    const list = screen.getByTestId('skipped-events');
    expect(list).toHaveTextContent('1 event and 1 cohort were skipped because the data is invalid');
    expect(list).toHaveTextContent('Event #0 “capture-x”');
    expect(list).toHaveTextContent('Cohort #0 “group-y”');
  });
});
