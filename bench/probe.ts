/**
 * The in-page timing probe, installed with `addInitScript` before any page script runs, and the
 * typed view the runner reads it through. Everything it records uses `performance.now()`:
 * milliseconds since the navigation started.
 *
 * window.__bench:
 *   readyDom     when an element with data-ready="true" first entered the DOM
 *   readyFrame   the end of the first frame after that (rAF, then a posted message: the task
 *                that runs once the frame's style, layout and paint work on the main thread is done)
 *   loadFrame    the same, after the window `load` event
 *   longTasks    [startTime, duration] of every long task (≥ 50 ms) seen by a PerformanceObserver
 *   longFrames   the same for long animation frames (task + rendering ≥ 50 ms, 'long-animation-frame')
 *   domChanges   when a MutationObserver on the whole document (subtree, attributes, childList,
 *                characterData) was called back: one time per batch of DOM changes
 *   activitySince(t)  DOM changes (as instants) and long tasks / frames (as spans) ending after t:
 *                what bench/settle.ts needs to find the first quiet window
 *   watchDom(on) starts or stops recording DOM changes: started when data-ready enters the DOM,
 *                stopped once the page has settled, so the observer costs nothing during the load
 *                or the gestures that are timed
 *   checkStart/checkEnd  when the "Checking progress" bar (a file being checked in a worker)
 *                first appeared and then went away; null if it never showed
 *   checkLongest()  the longest long task or long animation frame that ended while that bar was
 *                up: how long a click could wait during the check (0: none ≥ 50 ms; null: no bar)
 *   errorText()  the text of the app's error state, once it shows one
 *   armFilter()  starts watching for the next click; `filter` gets {t0, t1}: t0 = the click event,
 *                t1 = end of the first frame in which the URL has kind= and no release mark is drawn
 *   startFrames()/stopFrames()  record requestAnimationFrame timestamps in between
 */
import type { BrowserContext, Page } from '@playwright/test';

type Span = readonly [start: number, duration: number];

export interface BenchProbe {
  readonly longTasks: Span[];
  readonly longFrames: Span[];
  readonly domChanges: number[];
  activitySince: (since: number) => (readonly [start: number, end: number])[];
  watchDom: (on: boolean) => void;
  readyDom: number | null;
  readyFrame: number | null;
  loadFrame: number | null;
  checkStart: number | null;
  checkEnd: number | null;
  filter: { t0: number | null; t1: number | null } | null;
  checkLongest: () => number | null;
  /** The text of the app's load-failure panel (src/ui/error-state.tsx), or null. */
  errorText: () => string | null;
  armFilter: () => void;
  startFrames: () => void;
  stopFrames: () => number[];
}

declare global {
  interface Window {
    __bench?: BenchProbe;
  }
}

/** Runs in the page, before its own scripts. */
function installProbe(): void {
  if (window.__bench) return;
  const afterFrame = (done: (at: number) => void) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        done(performance.now());
      };
      channel.port2.postMessage(null);
    });
  };
  const longTasks: Span[] = [];
  const longFrames: Span[] = [];
  const domChanges: number[] = [];
  const domObserver = new MutationObserver(() => {
    domChanges.push(performance.now());
  });
  const watchOptions = { subtree: true, attributes: true, childList: true, characterData: true };
  let frames: number[] = [];
  let recording = false;
  const b: BenchProbe = {
    longTasks,
    longFrames,
    domChanges,
    activitySince: (since) => {
      const spans: (readonly [number, number])[] = [];
      for (const t of domChanges) if (t > since) spans.push([t, t]);
      for (const [start, duration] of [...longTasks, ...longFrames]) {
        if (start + duration > since) spans.push([start, start + duration]);
      }
      return spans;
    },
    watchDom: (on) => {
      if (on) domObserver.observe(document, watchOptions);
      else domObserver.disconnect();
    },
    readyDom: null,
    readyFrame: null,
    loadFrame: null,
    checkStart: null,
    checkEnd: null,
    filter: null,
    // A task that ends after the bar went away is the one that draws the result, not the check.
    checkLongest: () => {
      const { checkStart, checkEnd } = b;
      if (checkStart === null || checkEnd === null) return null;
      let longest = 0;
      for (const [start, duration] of [...longTasks, ...longFrames]) {
        const end = start + duration;
        if (end > checkStart && end <= checkEnd) longest = Math.max(longest, duration);
      }
      return longest;
    },
    errorText: () => document.querySelector('[data-testid="error-state"]')?.textContent ?? null,
    armFilter: () => {
      const f: { t0: number | null; t1: number | null } = { t0: null, t1: null };
      b.filter = f;
      const reflected = () =>
        location.search.includes('kind=') &&
        document.querySelector('[data-event-id][data-kind="release"]') === null;
      const poll = () =>
        requestAnimationFrame(() => {
          if (reflected()) {
            afterFrame((t) => {
              f.t1 = t;
            });
          } else poll();
        });
      addEventListener(
        'click',
        () => {
          f.t0 = performance.now();
          poll();
        },
        { capture: true, once: true },
      );
    },
    startFrames: () => {
      frames = [];
      recording = true;
      const tick = (t: number) => {
        frames.push(t);
        if (recording) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames: () => {
      recording = false;
      return frames;
    },
  };
  window.__bench = b;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longFrames.push([e.startTime, e.duration]);
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // A browser without these entry types: no long tasks are recorded, settle falls back to ready.
  }
  const readyObserver = new MutationObserver(() => {
    if (b.readyDom !== null || !document.querySelector('[data-ready="true"]')) return;
    b.readyDom = performance.now();
    readyObserver.disconnect();
    // Settled only looks after data-ready; watching every DOM change before it would slow the
    // load being timed (at 100,000 events, by seconds).
    b.watchDom(true);
    afterFrame((t) => {
      b.readyFrame = t;
    });
  });
  readyObserver.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-ready'],
  });
  addEventListener('load', () => {
    afterFrame((t) => {
      b.loadFrame = t;
    });
  });
  const checkObserver = new MutationObserver(() => {
    const bar = document.querySelector('progress[aria-label="Checking progress"]');
    if (bar && b.checkStart === null) b.checkStart = performance.now();
    if (!bar && b.checkStart !== null && b.checkEnd === null) {
      b.checkEnd = performance.now();
      checkObserver.disconnect();
    }
  });
  checkObserver.observe(document, { subtree: true, childList: true });
}

/**
 * Installs the probe in every page of `context`. tsx (esbuild with keepNames) compiles named
 * inner functions to `__name(fn, "name")` calls, which the serialised function carries into the
 * page; an identity `__name` there keeps them harmless.
 */
export async function addProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Reflect.set(globalThis, '__name', (fn: unknown) => fn);
  });
  await context.addInitScript(installProbe);
}

/**
 * Polls `predicate` in the page until it returns true. (Not page.waitForFunction: it
 * evaluates its predicate with eval, which the app's Content-Security-Policy rightly forbids.)
 */
export async function pollFor(
  page: Page,
  predicate: () => boolean,
  timeoutMs: number,
  intervalMs = 50,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await page.evaluate(predicate)) return;
    } catch (error) {
      // A navigation replaces the execution context mid-poll; anything else is real.
      if (!(error instanceof Error && /context was destroyed|navigat/i.test(error.message))) {
        throw error;
      }
    }
    if (Date.now() > deadline) {
      const error = new Error(
        `timed out after ${timeoutMs} ms waiting for ${predicate.toString()}`,
      );
      error.name = 'TimeoutError';
      throw error;
    }
    await new Promise((done) => setTimeout(done, intervalMs));
  }
}
