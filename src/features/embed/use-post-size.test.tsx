import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePostSize } from './use-post-size';
import type { SizePhase } from './use-post-size';

const LINE = 20;

function Page({ phase, lines }: { phase: SizePhase; lines: number }) {
  usePostSize(true, phase);
  return (
    <div>
      {Array.from({ length: lines }, (_, i) => (
        <p key={i}>line {i}</p>
      ))}
    </div>
  );
}

let posted: unknown[] = [];

beforeEach(() => {
  posted = [];
  // A parent window to post to, as in an iframe; the ResizeObserver never fires here, as in an
  // off-screen frame, so every height below comes from the render itself.
  const host = document.createElement('iframe');
  document.head.append(host);
  const parent = host.contentWindow;
  if (!parent) throw new Error('no frame window');
  vi.spyOn(window, 'parent', 'get').mockReturnValue(parent);
  vi.spyOn(parent, 'postMessage').mockImplementation((message: unknown) => {
    posted.push(message);
  });
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { ready: new Promise(() => undefined) },
  });
  vi.spyOn(document.body, 'getBoundingClientRect').mockImplementation(
    () => new DOMRect(0, 0, 300, document.body.querySelectorAll('p').length * LINE),
  );
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('usePostSize', () => {
  it('posts nothing for the first loading screen, then the drawn height, then each change', async () => {
    const { rerender } = render(<Page phase="loading" lines={2} />);
    await act(async () => {});
    expect(posted).toEqual([]);

    rerender(<Page phase="ready" lines={30} />);
    await act(async () => {});
    expect(posted).toEqual([{ type: 'custody-timeline:resize', height: 30 * LINE }]);

    rerender(<Page phase="ready" lines={31} />);
    await act(async () => {});
    expect(posted).toEqual([
      { type: 'custody-timeline:resize', height: 30 * LINE },
      { type: 'custody-timeline:resize', height: 31 * LINE },
    ]);
  });

  it('an error posts its own height, and the loading screen of a retry after it does too', async () => {
    const { rerender } = render(<Page phase="error" lines={5} />);
    await act(async () => {});
    rerender(<Page phase="loading" lines={2} />);
    await act(async () => {});
    expect(posted).toEqual([
      { type: 'custody-timeline:resize', height: 5 * LINE },
      { type: 'custody-timeline:resize', height: 2 * LINE },
    ]);
  });
});
