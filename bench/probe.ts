/**
 * The in-page timing probe, injected with `addInitScript` before any page script runs. It is a
 * plain string (not a function) so that the TypeScript runner's helpers never leak into the page.
 * Everything it records uses `performance.now()`: milliseconds since the navigation started.
 *
 * window.__bench:
 *   readyDom     when an element with data-ready="true" first entered the DOM
 *   readyFrame   the end of the first frame after that (rAF, then a posted message: the task
 *                that runs once the frame's style, layout and paint work on the main thread is done)
 *   loadFrame    the same, after the window `load` event
 *   longTasks    [startTime, duration] of every long task (≥ 50 ms) seen by a PerformanceObserver
 *   longFrames   the same for long animation frames (task + rendering ≥ 50 ms, 'long-animation-frame')
 *   checkStart/checkEnd  when the "Checking progress" bar (a file being checked in a worker)
 *                first appeared and then went away; null if it never showed
 *   checkLongest()  the longest long task or long animation frame that ended while that bar was
 *                up: how long a click could wait during the check (0: none ≥ 50 ms; null: no bar)
 *   armFilter()  starts watching for the next click; `filter` gets {t0, t1}: t0 = the click event,
 *                t1 = end of the first frame in which the URL has kind= and no release mark is drawn
 *   startFrames()/stopFrames()  record requestAnimationFrame timestamps in between
 */
import type { Page } from '@playwright/test';

export const PROBE = String.raw`
(() => {
  if (window.__bench) return;
  const b = {
    longTasks: [],
    readyDom: null,
    readyFrame: null,
    loadFrame: null,
    filter: null,
    frames: null,
    recording: false,
  };
  window.__bench = b;
  b.afterFrame = (cb) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => cb(performance.now());
      channel.port2.postMessage(null);
    });
  };
  b.longFrames = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longFrames.push([e.startTime, e.duration]);
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (error) {
    b.longTaskError = String(error);
  }
  const readyObserver = new MutationObserver(() => {
    if (b.readyDom !== null || !document.querySelector('[data-ready="true"]')) return;
    b.readyDom = performance.now();
    readyObserver.disconnect();
    b.afterFrame((t) => { b.readyFrame = t; });
  });
  readyObserver.observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'],
  });
  addEventListener('load', () => b.afterFrame((t) => { b.loadFrame = t; }));

  b.checkStart = null;
  b.checkEnd = null;
  const checkObserver = new MutationObserver(() => {
    const bar = document.querySelector('progress[aria-label="Checking progress"]');
    if (bar && b.checkStart === null) b.checkStart = performance.now();
    if (!bar && b.checkStart !== null && b.checkEnd === null) {
      b.checkEnd = performance.now();
      checkObserver.disconnect();
    }
  });
  checkObserver.observe(document, { subtree: true, childList: true });
  // A task that ends after the bar went away is the one that draws the result, not the check.
  b.checkLongest = () => {
    if (b.checkStart === null || b.checkEnd === null) return null;
    let longest = 0;
    for (const [start, duration] of [...b.longTasks, ...b.longFrames]) {
      const end = start + duration;
      if (end > b.checkStart && end <= b.checkEnd) longest = Math.max(longest, duration);
    }
    return longest;
  };

  b.lastLongTaskEnd = () => {
    let end = 0;
    for (const [start, duration] of b.longTasks) end = Math.max(end, start + duration);
    for (const [start, duration] of b.longFrames) end = Math.max(end, start + duration);
    return end;
  };
  b.armFilter = () => {
    const f = { t0: null, t1: null };
    b.filter = f;
    const reflected = () =>
      location.search.includes('kind=') &&
      document.querySelector('[data-event-id][data-kind="release"]') === null;
    const poll = () => requestAnimationFrame(() => {
      if (reflected()) b.afterFrame((t) => { f.t1 = t; });
      else poll();
    });
    addEventListener('click', () => { f.t0 = performance.now(); poll(); }, { capture: true, once: true });
  };
  b.startFrames = () => {
    const frames = [];
    b.frames = frames;
    b.recording = true;
    const tick = (t) => {
      frames.push(t);
      if (b.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  b.stopFrames = () => {
    b.recording = false;
    return b.frames;
  };
})();
`;

/**
 * Polls `expression` with page.evaluate until it is truthy. (Not page.waitForFunction: its
 * string predicates need eval, which the app's Content-Security-Policy rightly forbids.)
 */
export async function pollFor(
  page: Page,
  expression: string,
  timeoutMs: number,
  intervalMs = 50,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await page.evaluate<unknown>(`Boolean(${expression})`)) return;
    } catch (error) {
      // A navigation replaces the execution context mid-poll; anything else is real.
      if (!(error instanceof Error && /context was destroyed|navigat/i.test(error.message))) {
        throw error;
      }
    }
    if (Date.now() > deadline) {
      const error = new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
      error.name = 'TimeoutError';
      throw error;
    }
    await new Promise((done) => setTimeout(done, intervalMs));
  }
}
