import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import articleText from '../../data/article.txt?raw';
import timelineText from '../../data/timeline.json?raw';
import { parseDataset } from '../data/parse-dataset';
import type { Dataset } from '../domain/types';
import { DEFAULT_VIEW } from '../url-state/codec';
import type { AppMode, ViewState } from '../url-state/codec';
import type { SetView } from '../url-state/set-view';
import { stubResizeObserver } from '../test/stub-layout';
import { capabilitiesOf } from './capabilities';
import { ModeShell } from './mode-shell';

/** The real eleven events, and one that cannot be read (so the skipped-events notice shows). */
function smallDataset(): Dataset {
  const raw = JSON.parse(timelineText) as { events: unknown[] };
  raw.events.push({ id: 'unreadable', kind: 'capture', date: '2020-13' });
  const outcome = parseDataset(raw, articleText);
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.dataset;
}

const DATASET = smallDataset();
const SOURCE_LINE =
  'Source: Western Armenia, “Azerbaijan Releases 32 Armenian Soldiers”, 8 December 2023 (Politics)';

function renderShell(mode: AppMode, patch: Partial<ViewState> = {}) {
  const setView = vi.fn<SetView>();
  // No retries: a briefing that is not there is answered at once.
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ModeShell
        dataset={DATASET}
        datasetUrl={new URL('data/timeline.json', window.location.href).href}
        view={{ ...DEFAULT_VIEW, mode, ...patch }}
        setView={setView}
        capabilities={capabilitiesOf(mode)}
      />
    </QueryClientProvider>,
  );
  return setView;
}

beforeEach(() => {
  stubResizeObserver();
  // A desk-sized screen: wide enough for every min-width query, nothing stacked, so selecting an
  // event scrolls nothing.
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: query.includes('min-width'),
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    })),
  );
  // No briefing beside the dataset: present mode steps through the events in time order.
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response('', { status: 404 }))),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe.each([
  ['full', SOURCE_LINE, '1 event was skipped because the data is invalid'],
  ['embed', `${SOURCE_LINE} · custody-timeline`, '1 event in the file could not be shown'],
] as const)('the %s view', (mode, sourceLine, skippedLine) => {
  it('shows the title, the source line and how many events were left out', () => {
    renderShell(mode);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(DATASET.title);
    expect(document.title).toBe(`${DATASET.title} — custody-timeline`);
    expect(screen.getByTestId('source-line')).toHaveTextContent(sourceLine, {
      normalizeWhitespace: false,
    });
    expect(screen.getByTestId('skipped-events').querySelector('summary')).toHaveTextContent(
      skippedLine,
    );
  });
});

describe('the full view', () => {
  it('pushes a kind being unticked, and closes an event as each control asks', async () => {
    const user = userEvent.setup();
    const setView = renderShell('full', { event: 'joint-statement' });
    const kinds = screen.getByRole('group', { name: 'Kind of event' });
    await user.click(within(kinds).getByRole('checkbox', { name: /Capture/ }));
    await user.click(
      within(await screen.findByTestId('event-detail')).getByRole('button', { name: 'Close' }),
    );
    // Closing passes no mode: the URL writer's default, a Back step.
    expect(setView.mock.calls).toEqual([
      [{ kinds: ['sentence', 'release', 'status', 'statement'] }, 'push'],
      [{ event: null }],
    ]);
  });
});

describe('the embed', () => {
  it('replaces history even for a change the full view would push', async () => {
    const user = userEvent.setup();
    const setView = renderShell('embed', { event: 'joint-statement' });
    await user.click(
      within(await screen.findByTestId('event-detail')).getByRole('button', { name: 'Close' }),
    );
    expect(setView.mock.calls).toEqual([[{ event: null }, 'replace']]);
  });
});

describe('the briefing', () => {
  it('opens with the dataset’s title and its source, and says how many events were left out', async () => {
    renderShell('present');
    // The briefing's shell loads on demand.
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(DATASET.title);
    expect(screen.getByTestId('slide-sources')).toHaveTextContent(
      'Western Armenia, “Azerbaijan Releases 32 Armenian Soldiers” (Politics), 8 December 2023',
    );
    expect(screen.getByTestId('skipped-events').querySelector('summary')).toHaveTextContent(
      '1 event in the file could not be shown',
    );
  });

  it('replaces history as it steps from the opening to the first event', async () => {
    const user = userEvent.setup();
    const setView = renderShell('present');
    expect(await screen.findByTestId('progress')).toHaveTextContent('Opening');
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    expect(setView.mock.calls).toEqual([[{ step: 1 }, 'replace']]);
  });
});
