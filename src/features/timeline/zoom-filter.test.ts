// @vitest-environment jsdom
// The filter tells DOM event classes apart (instanceof WheelEvent, TouchEvent): it needs a DOM.
import { describe, expect, it } from 'vitest';
import { acceptsZoomGesture } from './zoom-filter';

function wheel(init: WheelEventInit = {}): WheelEvent {
  return new WheelEvent('wheel', init);
}

function mousedown(init: MouseEventInit = {}): MouseEvent {
  return new MouseEvent('mousedown', init);
}

describe('acceptsZoomGesture on a standalone page (wheel needs no modifier)', () => {
  it('acceptsZoomGesture(plain wheel, false) zooms', () => {
    expect(acceptsZoomGesture(wheel(), false)).toBe(true);
  });

  it('acceptsZoomGesture(ctrl + wheel, false) zooms', () => {
    expect(acceptsZoomGesture(wheel({ ctrlKey: true }), false)).toBe(true);
  });

  it('acceptsZoomGesture(primary mousedown, false) pans', () => {
    expect(acceptsZoomGesture(mousedown({ button: 0 }), false)).toBe(true);
  });

  it('acceptsZoomGesture(secondary mousedown, false) is left to the page', () => {
    expect(acceptsZoomGesture(mousedown({ button: 2 }), false)).toBe(false);
  });

  it('acceptsZoomGesture(middle mousedown, false) is left to the page', () => {
    expect(acceptsZoomGesture(mousedown({ button: 1 }), false)).toBe(false);
  });

  it('acceptsZoomGesture(ctrl + primary mousedown, false) is left to the page', () => {
    expect(acceptsZoomGesture(mousedown({ button: 0, ctrlKey: true }), false)).toBe(false);
  });

  it('acceptsZoomGesture(touchstart, false) is taken', () => {
    expect(acceptsZoomGesture(new Event('touchstart'), false)).toBe(true);
  });
});

describe('acceptsZoomGesture when embedded (wheel needs Ctrl/⌘)', () => {
  it('acceptsZoomGesture(plain wheel, true) scrolls the host page instead', () => {
    expect(acceptsZoomGesture(wheel(), true)).toBe(false);
  });

  it('acceptsZoomGesture(ctrl + wheel, true) zooms (and so does a trackpad pinch)', () => {
    expect(acceptsZoomGesture(wheel({ ctrlKey: true }), true)).toBe(true);
  });

  it('acceptsZoomGesture(⌘ + wheel, true) zooms', () => {
    expect(acceptsZoomGesture(wheel({ metaKey: true }), true)).toBe(true);
  });

  it('acceptsZoomGesture(shift + wheel, true) scrolls the host page', () => {
    expect(acceptsZoomGesture(wheel({ shiftKey: true }), true)).toBe(false);
  });

  it('acceptsZoomGesture(primary mousedown, true) pans', () => {
    expect(acceptsZoomGesture(mousedown({ button: 0 }), true)).toBe(true);
  });

  it('acceptsZoomGesture(secondary mousedown, true) is left to the page', () => {
    expect(acceptsZoomGesture(mousedown({ button: 2 }), true)).toBe(false);
  });

  it('acceptsZoomGesture(ctrl + primary mousedown, true) is left to the page', () => {
    expect(acceptsZoomGesture(mousedown({ button: 0, ctrlKey: true }), true)).toBe(false);
  });

  it('acceptsZoomGesture(touchstart, true) is taken', () => {
    expect(acceptsZoomGesture(new Event('touchstart'), true)).toBe(true);
  });
});

describe('acceptsZoomGesture for touch', () => {
  it('acceptsZoomGesture(touchstart, false) pinches and pans by default', () => {
    expect(acceptsZoomGesture(new TouchEvent('touchstart'), false)).toBe(true);
  });

  it('acceptsZoomGesture(touchstart, true, true) is taken', () => {
    expect(acceptsZoomGesture(new TouchEvent('touchstart'), true, true)).toBe(true);
  });

  it('acceptsZoomGesture(touchstart, true, false) leaves touch to the host page', () => {
    expect(acceptsZoomGesture(new TouchEvent('touchstart'), true, false)).toBe(false);
  });

  it('acceptsZoomGesture(touchmove, false, false) leaves touch to the host page', () => {
    expect(acceptsZoomGesture(new TouchEvent('touchmove'), false, false)).toBe(false);
  });

  it('acceptsZoomGesture(ctrl + wheel, true, false) still zooms without touch', () => {
    expect(acceptsZoomGesture(wheel({ ctrlKey: true }), true, false)).toBe(true);
  });

  it('acceptsZoomGesture(primary mousedown, true, false) still pans without touch', () => {
    expect(acceptsZoomGesture(mousedown({ button: 0 }), true, false)).toBe(true);
  });
});
