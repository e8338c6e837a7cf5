import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Facets } from '../../domain/filters/registry';
import type { TimelineEvent } from '../../domain/types';
import { loadMultiSource } from '../../test/multi-source-fixture';
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
  citedSources: [
    { value: 'courier', label: 'Northwind Courier', count: 4 },
    { value: 'harbor-watch', label: 'Harbor Rights Watch', count: 2 },
  ],
  cohorts: [{ value: 'korven-pass-20', label: 'The 20 taken at Korven Pass', count: 4 }],
};

const VALUES: FilterValues = {
  kinds: ['release'],
  sides: null,
  sources: null,
  citedSources: null,
  cohorts: null,
  q: '',
  range: null,
  uncertain: true,
  disputedOnly: false,
};

const dataset = loadMultiSource();

beforeEach(stubResizeObserver);
afterEach(() => {
  vi.unstubAllGlobals();
});

function renderPanel(
  values: FilterValues = VALUES,
  events: readonly TimelineEvent[] = [],
  visible: readonly TimelineEvent[] = [],
) {
  const onChange = vi.fn<OnFilterChange>();
  render(
    <FilterPanel
      facets={FACETS}
      values={values}
      onChange={onChange}
      onReset={() => undefined}
      shown={2}
      total={5}
      isFiltered
      events={events}
      visible={visible}
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

  it('unticking a source asks for the sources left, as a Back step', async () => {
    const user = userEvent.setup();
    const onChange = renderPanel();
    const sources = screen.getByRole('group', { name: 'Source' });
    expect(within(sources).getByText('Harbor Rights Watch').nextSibling?.textContent).toBe('2');
    await user.click(within(sources).getByRole('checkbox', { name: /Northwind Courier/ }));
    expect(onChange.mock.calls).toEqual([[{ citedSources: ['harbor-watch'] }, 'push']]);
  });

  it('a cohort group with one option is left out, unless a link has set it', () => {
    renderPanel();
    expect(screen.queryByRole('group', { name: 'Cohort' })).toBeNull();
    cleanup();
    renderPanel({ ...VALUES, cohorts: ['korven-pass-20'] });
    const cohorts = screen.getByRole('group', { name: 'Cohort' });
    expect(within(cohorts).getByRole('checkbox', { name: /Korven Pass/ })).toBeChecked();
  });

  it('"Disputed only" counts the disputed events shown and turns on as a Back step', async () => {
    const user = userEvent.setup();
    const onChange = renderPanel(VALUES, dataset.events, dataset.events);
    const toggle = screen.getByRole('checkbox', { name: /Disputed only/ });
    expect(toggle.closest('label')?.lastElementChild?.textContent).toBe('2');
    await user.click(toggle);
    expect(onChange.mock.calls).toEqual([[{ disputedOnly: true }, 'push']]);
  });

  it('"Disputed only" is left out when no event is disputed, unless a link turned it on', () => {
    const calm = dataset.events.map((e) => ({ ...e, dispute: null }));
    renderPanel(VALUES, calm, calm);
    expect(screen.queryByRole('checkbox', { name: /Disputed only/ })).toBeNull();
    cleanup();
    renderPanel({ ...VALUES, disputedOnly: true }, calm, []);
    expect(screen.getByRole('checkbox', { name: /Disputed only/ })).toBeChecked();
  });
});
