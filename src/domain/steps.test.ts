import { describe, expect, it } from 'vitest';
import { eventById, loadMultiSource } from '../test/multi-source-fixture';
import { deckPosition, progressName, progressText, slideAt, stepParam } from './steps';
import type { Step } from './steps';

const dataset = loadMultiSource();
const steps: Step[] = dataset.events.slice(0, 3).map((event) => ({ event, caption: null }));

describe('a briefing’s deck: opening, the event steps, closing', () => {
  it('a link without a step opens on the opening slide; step=N is the Nth event', () => {
    expect(deckPosition(null, 3)).toBe(0);
    expect(deckPosition(1, 3)).toBe(1);
    expect(deckPosition(3, 3)).toBe(3);
  });

  it('a step past the last event is the closing slide, however far past', () => {
    expect(deckPosition(4, 3)).toBe(4);
    expect(deckPosition(99, 3)).toBe(4);
    expect(slideAt(steps, 4)).toEqual({ kind: 'closing' });
  });

  it('with no event to show, the opening is followed by the closing', () => {
    expect(deckPosition(7, 0)).toBe(1);
    expect(slideAt([], 1)).toEqual({ kind: 'closing' });
  });

  it('the opening has no step in the URL, every other slide its position', () => {
    expect([0, 1, 3, 4].map(stepParam)).toEqual([null, 1, 3, 4]);
  });

  it('each slide says where the talk stands, on screen and to a screen reader', () => {
    const second = slideAt(steps, 2);
    expect(second).toEqual({ kind: 'event', step: steps[1], number: 2 });
    const slides = [slideAt(steps, 0), second, slideAt(steps, 4)];
    expect(slides.map((slide) => progressText(slide, 3))).toEqual(['Opening', '2 / 3', 'Closing']);
    expect(slides.map((slide) => progressName(slide, 3))).toEqual([
      'Opening, before step 1 of 3',
      'Step 2 of 3',
      'Closing, after step 3 of 3',
    ]);
  });

  it('an event step carries its event', () => {
    const slide = slideAt(steps, 1);
    expect(slide.kind === 'event' ? slide.step.event : null).toBe(
      eventById(dataset, steps[0]?.event.id ?? ''),
    );
  });
});
