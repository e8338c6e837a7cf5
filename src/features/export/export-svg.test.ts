import { describe, expect, it } from 'vitest';
import { COHORT_KEY, DISPUTE_KEY } from '../../domain/describe-event';
import { legendItems } from './export-svg';

describe('legendItems', () => {
  it('lists the kinds shown and the encodings, without badge or ring when none is drawn', () => {
    expect(
      legendItems(['release', 'capture'], { disputed: false, cohort: false }).map((i) => i.text),
    ).toStrictEqual([
      'Captures & arrests',
      'Releases',
      'Area = number of people',
      'dashed “?” = number not given',
      'band = window the date allows',
    ]);
  });

  it('explains the "≠" badge and the cohort ring when the chart draws them', () => {
    const items = legendItems(['release'], { disputed: true, cohort: true });
    expect(items.slice(-2).map((i) => i.text)).toStrictEqual([DISPUTE_KEY, COHORT_KEY]);
    expect(items.at(-2)?.draw).toContain('>≠</text>');
    expect(items.at(-1)?.draw).toContain('stroke-dasharray="4 3"');
  });
});
