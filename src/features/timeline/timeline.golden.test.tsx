import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import articleText from '../../../data/article.txt?raw';
import timelineText from '../../../data/timeline.json?raw';
import { generateDataset } from '../../../scripts/synthetic-dataset';
import { parseDataset } from '../../data/parse-dataset';
import { cohortMembers } from '../../domain/cohort-members';
import type { TimelineEvent } from '../../domain/types';
import { boundedExtent } from '../../domain/summarize';
import { serializeSvg } from '../../test/golden';
import { loadMultiSource } from '../../test/multi-source-fixture';
import { Timeline } from './timeline';
import type { TimeRange } from './use-time-zoom';

// jsdom does no layout, so the chart is given the width a 960-pixel container would measure.
vi.mock('../../hooks/use-element-size', () => ({
  useElementSize: () => [{ current: null }, { width: 960, height: 0 }],
}));

function eventsOf(raw: unknown, article: string): readonly TimelineEvent[] {
  const parsed = parseDataset(raw, article);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.dataset.events;
}

const bundled = eventsOf(JSON.parse(timelineText), articleText);
// Enough events that the busiest lanes pass the level-of-detail threshold and become strips.
const generated = generateDataset({ events: 600, seed: 7, articleFile: 'article.txt' });
const dense = eventsOf(generated.dataset, generated.article);
const multiSource = loadMultiSource();

interface Case {
  readonly events: readonly TimelineEvent[];
  readonly selectedId?: string | null;
  readonly range?: TimeRange | null;
  readonly cohort?: ReadonlyMap<string, string>;
  readonly reference?: { readonly at: number; readonly label: string };
}

const ARTICLE = { at: Date.UTC(2023, 11, 9), label: 'Article published 8 December 2023' };

/** The largest count, as the app scales mark areas to the whole dataset. */
function largestCount(events: readonly TimelineEvent[]): number {
  return events.reduce((max, e) => Math.max(max, e.people?.value ?? 0), 1);
}

function chartSvg(c: Case): string {
  const { events, selectedId = null, range = null, cohort, reference = ARTICLE } = c;
  const { container } = render(
    <Timeline
      events={events}
      extent={boundedExtent(events)}
      maxCount={largestCount(events)}
      reference={reference}
      selectedId={selectedId}
      onSelect={() => undefined}
      wheelNeedsModifier={false}
      touchZoom
      range={range}
      cohort={cohort}
      onRangeCommit={() => undefined}
    />,
  );
  const svg = container.querySelector('svg[data-testid="chart"]');
  if (!svg) throw new Error('the timeline drew no chart');
  return serializeSvg(svg);
}

const CASES: Readonly<Record<string, Case>> = {
  'bundled-default': { events: bundled },
  'bundled-selected': { events: bundled, selectedId: bundled[0]?.id ?? '' },
  'bundled-narrow-window': {
    events: bundled,
    range: [Date.UTC(2023, 10, 1), Date.UTC(2023, 11, 31)],
  },
  'generated-600-density': { events: dense },
  // Two disputed events ("≠" badges) and, with the capture selected, its cohort's three others ringed.
  'multi-source-cohort-selected': {
    events: multiSource.events,
    selectedId: 'capture-korven-pass',
    cohort: cohortMembers(multiSource, 'capture-korven-pass'),
    // As the app draws it: the end of the day the latest source was published.
    reference: {
      at: Date.UTC(2019, 5, 3),
      label: 'Latest source published 2 June 2019 (Harbor Rights Watch)',
    },
  },
};

describe('golden SVG of the timeline at 960 px', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(`${name} matches __golden__/${name}.svg`, async () => {
      await expect(chartSvg(c)).toMatchFileSnapshot(`__golden__/${name}.svg`);
    });
  }
});
