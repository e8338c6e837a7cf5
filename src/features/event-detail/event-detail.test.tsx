import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Claim, Dataset } from '../../domain/types';
import { eventById, loadMultiSource } from '../../test/multi-source-fixture';
import { EventDetail } from './event-detail';

function renderDetail(dataset: Dataset, id: string) {
  const onSelectEvent = vi.fn<(id: string) => void>();
  const actions: [Claim, string | undefined][] = [];
  render(
    <EventDetail
      event={eventById(dataset, id)}
      onClose={() => undefined}
      query=""
      sources={dataset.sources}
      cohorts={dataset.cohorts}
      events={new Map(dataset.events.map((e) => [e.id, e]))}
      onSelectEvent={onSelectEvent}
      renderSourceAction={(claim, describedBy) => {
        actions.push([claim, describedBy]);
        return <span>action</span>;
      }}
    />,
  );
  return { onSelectEvent, actions };
}

describe('EventDetail', () => {
  it('groups a disputed event by source, side by side, each source saying its figure', () => {
    renderDetail(loadMultiSource(), 'release-korven-pass');
    const groups = screen.getAllByTestId('source-group');
    expect(groups.map((g) => within(g).getByRole('heading', { level: 4 }).textContent)).toEqual([
      'Northwind Courier',
      'Ministry of Foreign Affairs of Belmark',
      'Harbor Rights Watch',
    ]);
    expect(screen.getAllByTestId('source-says').map((p) => p.textContent)).toEqual([
      'Northwind Courier says 12',
      'Ministry of Foreign Affairs of Belmark says 12',
      'Harbor Rights Watch says 14',
    ]);
    expect(groups[0]).toHaveTextContent(
      '“Belmark frees prisoners after talks” · 20 May 2019 · news report',
    );
    expect(groups[2]).toHaveTextContent(
      'This source’s reading: 14 Arland people · held by Belmark',
    );
    expect(groups[0]?.parentElement).toHaveAttribute('data-layout', 'columns');
  });

  it('shows the range the sources give and the analyst reading, never one figure as fact', () => {
    renderDetail(loadMultiSource(), 'release-korven-pass');
    expect(screen.getByTestId('dispute-marker')).toHaveTextContent('Sources disagree: 12–14');
    expect(screen.getByTestId('count-range')).toHaveTextContent('12–14 people, sources disagree');
    expect(screen.getByTestId('analyst-reading')).toHaveTextContent(
      "Analyst's reading: 12 Arland people · held by Belmark",
    );
    expect(screen.queryByText('13', { exact: false })).toBeNull();
  });

  it('names the dispute in the details’ accessible name', () => {
    renderDetail(loadMultiSource(), 'release-korven-pass');
    expect(
      screen.getByRole('region', {
        name: 'Belmark releases Arland soldiers Sources disagree: 12–14',
      }),
    ).toBeInTheDocument();
  });

  it('lists an undisputed event’s claims without a marker or columns', () => {
    renderDetail(loadMultiSource(), 'capture-korven-pass');
    expect(screen.queryByTestId('dispute-marker')).toBeNull();
    expect(
      screen.getByRole('region', { name: '20 Arland soldiers captured near Korven Pass' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('source-group').parentElement).toHaveAttribute('data-layout', 'list');
    expect(screen.getByText('20 Arland people · held by Belmark')).toBeInTheDocument();
  });

  it('keeps the quote and attribution testids on each claim', () => {
    renderDetail(loadMultiSource(), 'release-korven-pass');
    expect(screen.getAllByTestId('quote')).toHaveLength(3);
    expect(screen.getAllByTestId('attribution').map((a) => a.textContent)).toEqual([
      "Belmark's ministry, as reported by the Courier",
      'Ministry of Foreign Affairs of Belmark',
      'Harbor Rights Watch monitors',
    ]);
  });

  it('says a cited source’s quotes were never checked, and only for that source', () => {
    renderDetail(loadMultiSource(), 'release-korven-pass');
    const notes = screen.getAllByTestId('quotes-not-stored');
    expect(
      notes.map((n) => n.closest('[data-testid="source-group"]')?.querySelector('h4')?.textContent),
    ).toEqual(['Ministry of Foreign Affairs of Belmark']);
    expect(notes[0]).toHaveTextContent(
      'Not checked: the dataset cites this source but does not store its text.',
    );
  });

  it('says why a source’s quotes are unchecked and points its action at that reason', () => {
    const { actions } = renderDetail(loadMultiSource(['harbor-watch']), 'release-korven-pass');
    const reason = screen.getByTestId('quotes-unchecked');
    expect(reason).toHaveTextContent('Could not load harbor-watch.txt (HTTP 404).');
    expect(actions.map(([claim, describedBy]) => [claim.sourceId, describedBy])).toEqual([
      ['courier', undefined],
      ['ministry', undefined],
      ['harbor-watch', reason.id],
    ]);
  });

  it('names the cohort, lists its events in order and selects one on click', async () => {
    const { onSelectEvent } = renderDetail(loadMultiSource(), 'release-korven-pass');
    const cohort = screen.getByTestId('cohort-detail');
    expect(within(cohort).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Cohort: The 20 taken at Korven Pass · 20 people',
    );
    const items = within(within(cohort).getByTestId('cohort-events')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      '20 Arland soldiers captured near Korven Pass',
      'The 20 sentenced by a military court',
      'Belmark releases Arland soldiers (this event)',
      'Soldiers from the Korven Pass group still held',
    ]);
    await userEvent.click(
      within(cohort).getByRole('button', { name: '20 Arland soldiers captured near Korven Pass' }),
    );
    expect(onSelectEvent).toHaveBeenCalledWith('capture-korven-pass');
    expect(cohort).toHaveTextContent(
      'The sources reconcile within themselves (12 + 8 and 14 + 6 are both 20) but not with each other.',
    );
  });

  it('gives each link’s basis: the source’s words, or an inference named as one', () => {
    renderDetail(loadMultiSource(), 'held-korven-pass');
    const links = screen.getAllByTestId('cohort-link');
    expect(links.map((l) => l.dataset.basis)).toEqual(['quote', 'inference']);
    expect(links[0]).toHaveTextContent(
      "the source says:“Eight of them remain in Belmark custody, a ministry spokesperson added.” — Belmark's ministry, as reported by the Courier, Northwind Courier",
    );
    expect(links[1]).toHaveTextContent(
      'inferred: No source says the soldiers still held are serving the April sentences',
    );
  });
});
