import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Facets } from '../../domain/filters/registry';
import { stubResizeObserver } from '../../test/stub-layout';
import type { FilterValues, OnFilterChange } from './filter-values';
import { FilterPanel } from './filter-panel';

const FACETS: Facets = {
  kinds: [
    { value: 'capture', label: 'Capture', count: 3 },
    { value: 'release', label: 'Release', count: 2 },
  ],
  sides: [],
  sources: [],
};

const VALUES: FilterValues = {
  kinds: ['release'],
  sides: null,
  sources: null,
  q: '',
  range: null,
  uncertain: true,
};

beforeEach(stubResizeObserver);
afterEach(() => {
  vi.unstubAllGlobals();
});

function renderPanel() {
  const onChange = vi.fn<OnFilterChange>();
  render(
    <FilterPanel
      facets={FACETS}
      values={VALUES}
      onChange={onChange}
      onReset={() => undefined}
      shown={2}
      total={5}
      isFiltered
      events={[]}
      visible={[]}
      extent={null}
      fallbackEnd={0}
    />,
  );
  return onChange;
}

describe('FilterPanel', () => {
  it('ticking the last unticked kind asks for every kind, as a Back step', async () => {
    const user = userEvent.setup();
    const onChange = renderPanel();
    const kinds = screen.getByRole('group', { name: 'Kind of event' });
    await user.click(within(kinds).getByRole('checkbox', { name: /Capture/ }));
    expect(onChange.mock.calls).toEqual([[{ kinds: null }, 'push']]);
  });

  it('unticking a kind asks for the kinds left, as a Back step', async () => {
    const user = userEvent.setup();
    const onChange = renderPanel();
    await user.click(screen.getByRole('checkbox', { name: /Release/ }));
    expect(onChange.mock.calls).toEqual([[{ kinds: [] }, 'push']]);
  });

  it('hiding uncertain dates is one patch, as a Back step', async () => {
    const user = userEvent.setup();
    const onChange = renderPanel();
    await user.click(screen.getByRole('checkbox', { name: /date is uncertain/ }));
    expect(onChange.mock.calls).toEqual([[{ uncertain: false }, 'push']]);
  });
});
