// @vitest-environment jsdom
// The filter tells DOM event classes apart (instanceof WheelEvent, TouchEvent): it needs a DOM.
import { describe, expect, it } from 'vitest';
import { acceptsZoomGesture } from './zoom-filter';

const wheel = (init: WheelEventInit = {}) => new WheelEvent('wheel', init);
const mousedown = (init: MouseEventInit = {}) => new MouseEvent('mousedown', init);
const touch = (type: string) => () => new TouchEvent(type);

type Case = readonly [string, () => Event, boolean, boolean | undefined, boolean];

// [gesture, event, embedded, touch allowed, taken by the chart]
const CASES: readonly Case[] = [
  // On a standalone page the wheel needs no modifier.
  ['plain wheel', () => wheel(), false, undefined, true],
  ['ctrl + wheel', () => wheel({ ctrlKey: true }), false, undefined, true],
  ['primary mousedown (pans)', () => mousedown({ button: 0 }), false, undefined, true],
  ['secondary mousedown', () => mousedown({ button: 2 }), false, undefined, false],
  ['middle mousedown', () => mousedown({ button: 1 }), false, undefined, false],
  [
    'ctrl + primary mousedown',
    () => mousedown({ button: 0, ctrlKey: true }),
    false,
    undefined,
    false,
  ],
  ['touchstart', () => new Event('touchstart'), false, undefined, true],
  // Embedded, a plain wheel scrolls the host page; Ctrl/⌘ (and a trackpad pinch) zooms.
  ['plain wheel', () => wheel(), true, undefined, false],
  ['ctrl + wheel', () => wheel({ ctrlKey: true }), true, undefined, true],
  ['⌘ + wheel', () => wheel({ metaKey: true }), true, undefined, true],
  ['shift + wheel', () => wheel({ shiftKey: true }), true, undefined, false],
  ['primary mousedown (pans)', () => mousedown({ button: 0 }), true, undefined, true],
  ['secondary mousedown', () => mousedown({ button: 2 }), true, undefined, false],
  [
    'ctrl + primary mousedown',
    () => mousedown({ button: 0, ctrlKey: true }),
    true,
    undefined,
    false,
  ],
  ['touchstart', () => new Event('touchstart'), true, undefined, true],
  // Touch pinches and pans by default; an embed may leave it to the host page.
  ['TouchEvent touchstart', touch('touchstart'), false, undefined, true],
  ['TouchEvent touchstart', touch('touchstart'), true, true, true],
  ['TouchEvent touchstart', touch('touchstart'), true, false, false],
  ['TouchEvent touchmove', touch('touchmove'), false, false, false],
  ['ctrl + wheel without touch', () => wheel({ ctrlKey: true }), true, false, true],
  ['primary mousedown without touch', () => mousedown({ button: 0 }), true, false, true],
];

describe('acceptsZoomGesture', () => {
  it.each(CASES)(
    'acceptsZoomGesture(%s, embedded: %s, touch: %s) → %s',
    (_, event, embedded, touchOk, taken) => {
      expect(acceptsZoomGesture(event(), embedded, touchOk)).toBe(taken);
    },
  );
});
