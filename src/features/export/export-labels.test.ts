import { describe, expect, it } from 'vitest';
import { wrapLabels } from './export-labels';
import type { LabelInput } from './export-labels';

/** 10 px labels: 5.4 px a character estimated, lines 12 px apart. */
function label(id: string, y: number, text: string, full = text): LabelInput {
  return { id, x: 100, y, anchor: 'start', fontSize: 10, text, full, width: text.length * 5.4 };
}

const BOUNDS = { top: 0, bottom: 200 };

describe('wrapLabels', () => {
  it('leaves a label drawn in full as it is', () => {
    expect(wrapLabels([label('a', 50, 'Alpha beta')], [], BOUNDS)).toStrictEqual([
      { id: 'a', lines: ['Alpha beta'], offsets: [0], box: { x0: 100, x1: 154, y0: 44, y1: 56 } },
    ]);
  });

  it('writes a label cut with "…" in full, wrapped within the width it had', () => {
    // 'Alpha beta gam…' is 15 characters: 81 px, so lines of at most 15 characters.
    const [wrapped] = wrapLabels(
      [label('a', 50, 'Alpha beta gam…', 'Alpha beta gamma delta')],
      [],
      BOUNDS,
    );
    expect(wrapped).toStrictEqual({
      id: 'a',
      lines: ['Alpha beta', 'gamma delta'],
      offsets: [-6, 6],
      box: { x0: 100, x1: 181, y0: 38, y1: 62 },
    });
  });

  it('keeps the drawn text when a second line would touch a neighbour', () => {
    // The neighbour's line (60–72) would overlap a two-line block (38–62).
    const wrapped = wrapLabels(
      [label('a', 50, 'Alpha beta gam…', 'Alpha beta gamma delta'), label('b', 66, 'Neighbour')],
      [],
      BOUNDS,
    );
    expect(wrapped.map((w) => w.lines)).toStrictEqual([['Alpha beta gam…'], ['Neighbour']]);
  });

  it('stops at the lines that fit, the last cut with "…", clear of a mark below', () => {
    const full = 'one two three four five six seven eight nine ten';
    const text = 'one two three …';
    // Lines of 15 characters: four wanted; a mark's box from y 66 leaves room for two.
    const [wrapped] = wrapLabels(
      [label('a', 50, text, full)],
      [{ x0: 150, x1: 170, y0: 66, y1: 90 }],
      BOUNDS,
    );
    expect(wrapped?.lines).toStrictEqual(['one two three', 'four five six…']);
    expect(wrapped?.box).toStrictEqual({ x0: 100, x1: 181, y0: 38, y1: 62 });
  });

  it('settles labels in order, so two wrapped neighbours never overlap', () => {
    const long = 'Alpha beta gamma delta epsilon zeta';
    const wrapped = wrapLabels(
      [label('a', 50, 'Alpha beta gam…', long), label('b', 74, 'Alpha beta gam…', long)],
      [],
      BOUNDS,
    );
    // a takes three lines (32–68), which b's own line (68–80) only touches; b then has no
    // room for a second line above it.
    expect(wrapped.map((w) => w.lines)).toStrictEqual([
      ['Alpha beta', 'gamma delta', 'epsilon zeta'],
      ['Alpha beta gam…'],
    ]);
    const [a, b] = wrapped.map((w) => w.box);
    expect(a?.y1).toBe(68);
    expect(b?.y0).toBe(68);
  });

  it('does not wrap past the chart’s top or bottom', () => {
    const [wrapped] = wrapLabels(
      [label('a', 8, 'Alpha beta gam…', 'Alpha beta gamma delta')],
      [],
      BOUNDS,
    );
    expect(wrapped?.lines).toStrictEqual(['Alpha beta gam…']);
  });
});
