import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import articleText from '../../../data/article.txt?raw';
import timelineText from '../../../data/timeline.json?raw';
import { parseDataset } from '../../data/parse-dataset';
import type { Dataset } from '../../domain/types';
import { KeyFactsStrip } from './key-facts-strip';

function article(): Dataset {
  const outcome = parseDataset(JSON.parse(timelineText), articleText);
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.dataset;
}

const DATASET = article();

describe('KeyFactsStrip', () => {
  it('is a region "Key facts" with the headline and one button per fact, named by its sentence', async () => {
    const onSelect = vi.fn<(id: string) => void>();
    render(<KeyFactsStrip dataset={DATASET} events={DATASET.events} onSelect={onSelect} />);
    const region = screen.getByRole('region', { name: 'Key facts' });
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe('Key facts');
    expect(region.textContent).toContain(DATASET.headline);
    const buttons = within(region).getAllByRole('button');
    // Each is named by its whole sentence: the title, which states the figure, when and who.
    expect(buttons.map((b) => b.getAttribute('aria-label')?.split(' (')[0])).toStrictEqual([
      'Azerbaijan releases 32 Armenian servicemen',
      'Armenia releases 2 Azerbaijani servicemen',
      '55 Armenians held by Azerbaijan, according to human-rights activists',
      '26 of the 64 reservists still held in Azerbaijan',
    ]);
    await userEvent.click(buttons[2] ?? region);
    expect(onSelect.mock.calls).toStrictEqual([['held-armenians-55-rights-activists']]);
  });

  it('marks the selected event’s fact as pressed', () => {
    render(
      <KeyFactsStrip
        dataset={DATASET}
        events={DATASET.events}
        onSelect={vi.fn()}
        selectedId="held-reservists-26"
      />,
    );
    const pressed = screen.getAllByRole('button', { pressed: true });
    expect(pressed.map((b) => b.getAttribute('data-fact-id'))).toStrictEqual([
      'held-reservists-26',
    ]);
  });

  it('says so when every key event is filtered out', () => {
    const captures = DATASET.events.filter((e) => e.kind === 'capture');
    render(<KeyFactsStrip dataset={DATASET} events={captures} onSelect={vi.fn()} />);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByRole('region', { name: 'Key facts' }).textContent).toContain(
      'No key facts in this view.',
    );
  });

  it('draws nothing for a dataset that marks nothing and gives no headline', () => {
    const plain: Dataset = {
      ...DATASET,
      headline: null,
      events: DATASET.events.map((e) => ({ ...e, key: false })),
    };
    const { container } = render(
      <KeyFactsStrip dataset={plain} events={plain.events} onSelect={vi.fn()} />,
    );
    expect(container.childElementCount).toBe(0);
  });

  it('the stage size, for a briefing’s opening step, states the same facts', () => {
    render(
      <KeyFactsStrip dataset={DATASET} events={DATASET.events} onSelect={vi.fn()} size="stage" />,
    );
    const region = screen.getByRole('region', { name: 'Key facts' });
    expect(region.getAttribute('data-size')).toBe('stage');
    expect(within(region).getAllByRole('button')).toHaveLength(4);
  });
});
