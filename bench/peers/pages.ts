/**
 * The peers' pages: TimelineJS3 and vis-timeline, each loading its own JS and CSS from files
 * copied out of node_modules into the served build (no CDN, no network), fetching its events as
 * JSON from the same server, and appending a `<p data-ready="true">` once the library reports
 * it has drawn: TimelineJS3's `loaded` event ("after story slider and time navigator have been
 * loaded"), vis-timeline's first `changed` ("fired once after each graph redraw").
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toTimelineJs, toVisTimeline } from './convert';
import type { PeerSourceEvent } from './convert';

export type Peer = 'timelinejs' | 'vis';

export const PEERS: readonly Peer[] = ['timelinejs', 'vis'];

export const PEER_NAMES: Record<Peer, string> = {
  timelinejs: 'TimelineJS3 3.9.11',
  vis: 'vis-timeline 8.5.4',
};

/** Elements that are one drawn event in each peer (counted as `marks`; a vis box has 3 parts). */
export const PEER_MARKS = '.tl-timemarker, .vis-item:not(.vis-line):not(.vis-dot)';

export interface PeerPage {
  readonly path: string;
  readonly dataFile: string;
}

/** Copies each peer's distributed JS, CSS, fonts and locale files into `dist/peers/`. */
export function copyPeerAssets(root: string, dist: string): void {
  const noMaps = (src: string) => !src.endsWith('.map');
  const tl = join(root, 'node_modules/@knight-lab/timelinejs/dist');
  cpSync(join(tl, 'js'), join(dist, 'peers/timelinejs/js'), { recursive: true, filter: noMaps });
  cpSync(join(tl, 'css'), join(dist, 'peers/timelinejs/css'), { recursive: true, filter: noMaps });
  const vis = join(root, 'node_modules/vis-timeline');
  mkdirSync(join(dist, 'peers/vis-timeline'), { recursive: true });
  cpSync(
    join(vis, 'standalone/umd/vis-timeline-graph2d.min.js'),
    join(dist, 'peers/vis-timeline/vis-timeline-graph2d.min.js'),
  );
  cpSync(
    join(vis, 'styles/vis-timeline-graph2d.min.css'),
    join(dist, 'peers/vis-timeline/vis-timeline-graph2d.min.css'),
  );
}

/** Shows a failure the way the app does, so the runner records `error` instead of waiting. */
const FAIL = `function fail(e) {
    var p = document.createElement('p');
    p.setAttribute('data-testid', 'error-state');
    p.textContent = String(e && e.message || e);
    document.body.appendChild(p);
  }
  addEventListener('error', function (e) { fail(e.error || e.message); });`;

const READY = `function ready(what) {
    var p = document.createElement('p');
    p.setAttribute('data-ready', 'true');
    p.textContent = what;
    document.body.appendChild(p);
  }`;

export function timelineJsHtml(title: string, dataUrl: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="peers/timelinejs/css/timeline.css">
<style>body{margin:0;font:14px system-ui,sans-serif}#timeline{width:100%;height:640px}</style>
<script src="peers/timelinejs/js/timeline.js"></script>
</head><body>
<div id="timeline"></div>
<script>
(function () {
  ${FAIL}
  ${READY}
  fetch(${JSON.stringify(dataUrl)}).then(function (r) { return r.json(); }).then(function (data) {
    // Default options but two: where its files are, and no font theme (the default theme's CSS
    // loads PT Sans and PT Serif from Google Fonts, off this server); timeline.css's own font
    // stack applies.
    var timeline = new TL.Timeline('timeline', data, {
      script_path: new URL('peers/timelinejs/js/', location.href).href,
      font: false
    });
    timeline.on('loaded', function () {
      ready(data.events.length + ' events drawn by TimelineJS3.');
    });
  }).catch(fail);
})();
</script>
</body></html>
`;
}

export function visTimelineHtml(title: string, dataUrl: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="peers/vis-timeline/vis-timeline-graph2d.min.css">
<style>body{margin:0;font:14px system-ui,sans-serif}</style>
<script src="peers/vis-timeline/vis-timeline-graph2d.min.js"></script>
</head><body>
<div id="timeline" data-testid="chart"></div>
<script>
(function () {
  ${FAIL}
  ${READY}
  fetch(${JSON.stringify(dataUrl)}).then(function (r) { return r.json(); }).then(function (data) {
    var items = new vis.DataSet(data.items);
    var groups = new vis.DataSet(data.groups);
    // Default options but one: the current-time bar retitles itself every second (a clock),
    // which would keep the page from ever being quiet.
    var timeline = new vis.Timeline(document.getElementById('timeline'), items, groups, {
      showCurrentTime: false
    });
    var done = false;
    timeline.on('changed', function () {
      if (done) return;
      done = true;
      ready(data.items.length + ' events drawn by vis-timeline.');
    });
  }).catch(fail);
})();
</script>
</body></html>
`;
}

/**
 * Writes both peers' data (converted from `events`) into `dist/data/peers/` and their pages into
 * `dist/`, named after `name` (e.g. `1000`, `real-11`).
 */
export function writePeerPages(
  dist: string,
  name: string,
  events: readonly PeerSourceEvent[],
  label: string,
): { readonly pages: Record<Peer, PeerPage>; readonly skipped: number } {
  mkdirSync(join(dist, 'data/peers'), { recursive: true });
  const tl = toTimelineJs(events);
  const vis = toVisTimeline(events);
  const tlData = `data/peers/timelinejs-${name}.json`;
  const visData = `data/peers/vis-timeline-${name}.json`;
  writeFileSync(join(dist, tlData), JSON.stringify(tl.data));
  writeFileSync(join(dist, visData), JSON.stringify(vis.data));
  const tlPage = `timelinejs-${name}.html`;
  const visPage = `vis-timeline-${name}.html`;
  writeFileSync(join(dist, tlPage), timelineJsHtml(`TimelineJS3 (${label})`, tlData));
  writeFileSync(join(dist, visPage), visTimelineHtml(`vis-timeline (${label})`, visData));
  return {
    pages: {
      timelinejs: { path: `/${tlPage}`, dataFile: tlData },
      vis: { path: `/${visPage}`, dataFile: visData },
    },
    skipped: Math.max(tl.skipped, vis.skipped),
  };
}
