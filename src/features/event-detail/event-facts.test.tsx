import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { eventById, loadMultiSource } from '../../test/multi-source-fixture';
import { EventFacts } from './event-facts';

describe('EventFacts', () => {
  it('names the people’s nationality "Nationality", never "Whose" (the filters’ "Held by" is the holder)', () => {
    render(<EventFacts event={eventById(loadMultiSource(), 'release-korven-pass')} query="" />);
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    expect(terms).toContain('Nationality');
    expect(terms).not.toContain('Whose');
    const row = screen.getByText('Nationality').parentElement;
    expect(row?.textContent).toBe('NationalityArland');
  });
});
