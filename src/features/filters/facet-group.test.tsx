import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { FacetOption } from '../../domain/facets';
import { FacetGroup } from './facet-group';
import { FACET_LIMIT } from './facet-shortlist';

/** 20,000 free-text holders (one event each) and three larger named ones, as a big file had. */
const HOLDERS: FacetOption[] = [
  { value: 'azerbaijan', label: 'Held by Azerbaijan', count: 900 },
  { value: 'ադրբեջան', label: 'Held by Ադրբեջան', count: 1 },
  ...Array.from({ length: 20_000 }, (_, i) => ({
    value: `holder-${i}`,
    label: `Held by holder ${i}`,
    count: i < 10 ? 50 - i : 1,
  })),
  { value: 'unknown', label: 'Holder not given', count: 40 },
];

function Harness() {
  const [selected, setSelected] = useState<string[] | null>(null);
  return (
    <>
      <FacetGroup
        legend="Held by"
        options={HOLDERS}
        selected={selected}
        onChange={setSelected}
        limit={FACET_LIMIT}
        noun="holders"
      />
      <output data-testid="selected">{selected === null ? 'all' : selected.join(',')}</output>
    </>
  );
}

describe('FacetGroup with a limit', () => {
  it('lists the 12 largest of 20,003 holders and finds any other by search', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const group = screen.getByRole('group', { name: 'Held by' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(12);
    expect(within(group).getByRole('checkbox', { name: /Held by Azerbaijan/ })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: /Holder not given/ })).toBeChecked();
    expect(within(group).queryByRole('checkbox', { name: /Ադրբեջան/ })).toBeNull();
    expect(screen.getByTestId('facet-more')).toHaveTextContent(
      '19,991 more holders: type to narrow the list.',
    );

    await user.type(screen.getByRole('searchbox', { name: /Find holders/ }), 'ադր');
    const found = within(group).getByRole('checkbox', { name: /Ադրբեջան/ });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(1);
    await user.click(found);
    expect(found).not.toBeChecked();
    expect(screen.getByTestId('selected').textContent.split(',')).toHaveLength(20_002);

    await user.click(screen.getByRole('button', { name: 'Untick all' }));
    expect(screen.getByTestId('selected')).toHaveTextContent(/^$/);
    await user.click(found);
    expect(screen.getByTestId('selected')).toHaveTextContent(/^ադրբեջան$/);
  });

  it('lists every option while there are no more than the limit', () => {
    render(
      <FacetGroup
        legend="Held by"
        options={HOLDERS.slice(0, 12)}
        selected={null}
        onChange={() => undefined}
        limit={FACET_LIMIT}
      />,
    );
    expect(screen.getAllByRole('checkbox')).toHaveLength(12);
    expect(screen.queryByRole('searchbox')).toBeNull();
  });
});

describe('FacetGroup names each checkbox with its count in the right number', () => {
  it('reads "Statements, 1 event" and "Releases, 3 events", never "1 events"', () => {
    render(
      <FacetGroup
        legend="Kind of event"
        options={[
          { value: 'statement', label: 'Statements', count: 1 },
          { value: 'release', label: 'Releases', count: 3 },
          { value: 'sentence', label: 'Sentences', count: 0 },
        ]}
        selected={null}
        onChange={() => undefined}
      />,
    );
    const names = screen.getAllByRole('checkbox').map((box) => box.getAttribute('aria-label'));
    expect(names).toEqual(['Statements, 1 event', 'Releases, 3 events', 'Sentences, 0 events']);
    expect(screen.getByRole('checkbox', { name: 'Statements, 1 event' })).toBeChecked();
  });
});
