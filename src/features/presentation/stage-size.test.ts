import { describe, expect, it } from 'vitest';
import { MIN_STAGE_TEXT, stageTextSize } from './stage-size';

describe('stageTextSize', () => {
  it('is 24 px on a 1920×1080 screen, the size the back of a room reads', () => {
    expect(stageTextSize(1920, 1080)).toBe(24);
  });

  it('is 16 px on a 1280×720 projector, and 16 px at 1280×800 (the width decides)', () => {
    expect(stageTextSize(1280, 720)).toBe(16);
    expect(stageTextSize(1280, 800)).toBe(16);
  });

  it('follows the shorter side: a wide, low window is sized by its height', () => {
    expect(stageTextSize(2560, 720)).toBe(16);
    expect(stageTextSize(1024, 768)).toBe(12);
  });

  it('stays within 12 and 40 px, and a window not measured yet gets the floor', () => {
    expect(stageTextSize(3840, 2160)).toBe(40);
    expect(stageTextSize(640, 360)).toBe(MIN_STAGE_TEXT);
    expect(stageTextSize(0, 0)).toBe(MIN_STAGE_TEXT);
  });
});
