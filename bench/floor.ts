/**
 * The FLOOR: what the same number of marks costs with no framework at all. A static HTML page
 * with one pre-drawn SVG <circle> per event (at its date's anchor, in its kind's lane, rows packed
 * greedily like the app), plus ~20 lines of inline script that zoom and pan by setting one
 * transform on the marks' <g> — no relayout, no re-render. A <p data-ready="true"> follows the
 * <svg>, so the probe sees it only once the parser has put every mark in the DOM.
 */
import { writeFileSync } from 'node:fs';

export interface FloorEvent {
  readonly kind: string;
  readonly date: string;
  readonly count: number | null;
}

const KINDS = ['capture', 'sentence', 'release', 'status', 'statement'];
const COLORS = ['#d55e00', '#0072b2', '#009e73', '#cc79a7', '#6b6b6b'];
/** Same rhythm as the app's layout (src/features/timeline/layout.ts). */
const ROW_HEIGHT = 44;
const LANE_HEADER = 22;
const LANE_GAP = 8;
const CLEARANCE = 12;
const MAX_AREA = 900;
const FIXED_AREA = 260;

/** [first instant, first instant after] of a plain EDTF date, or null for an open bound. */
function boundsOf(text: string): [number, number] | null {
  const plain = text.replace(/[?~%]/g, '');
  if (plain === '..' || plain === '') return null;
  const [y = 0, m, d] = plain.split('-').map(Number);
  if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1)];
}

/** Window of a date or interval: [start | null, end | null]. */
function windowOf(date: string): [number | null, number | null] {
  const [a = '', b] = date.split('/');
  if (b === undefined) {
    const bounds = boundsOf(a);
    return bounds ? [bounds[0], bounds[1]] : [null, null];
  }
  return [boundsOf(a)?.[0] ?? null, boundsOf(b)?.[1] ?? null];
}

export function floorHtml(events: readonly FloorEvent[], title: string, width = 960): string {
  const windows = events.map((e) => windowOf(e.date));
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const [s, e] of windows) {
    for (const at of [s, e]) {
      if (at === null) continue;
      lo = Math.min(lo, at);
      hi = Math.max(hi, at);
    }
  }
  if (!(lo < hi)) [lo, hi] = [0, 1];
  const pad = (hi - lo) * 0.07;
  const x = (t: number) => 20 + ((t - lo + pad) / (hi - lo + 2 * pad)) * (width - 40);
  const maxCount = events.reduce((max, e) => Math.max(max, e.count ?? 0), 1);

  const byLane: { cx: number; r: number }[][] = KINDS.map(() => []);
  events.forEach((event, i) => {
    const [s, e] = windows[i] ?? [null, null];
    const anchor = s !== null && e !== null ? (s + e) / 2 : (e ?? s ?? lo);
    const area = event.count === null ? FIXED_AREA : (event.count / maxCount) * MAX_AREA;
    byLane[Math.max(0, KINDS.indexOf(event.kind))]?.push({
      cx: x(anchor),
      r: Math.max(1.5, Math.sqrt(area / Math.PI)),
    });
  });

  const circles: string[] = [];
  let y = 0;
  byLane.forEach((marks, lane) => {
    if (marks.length === 0) return;
    marks.sort((a, b) => a.cx - b.cx);
    const rowEnds: number[] = [];
    for (const { cx, r } of marks) {
      let row = rowEnds.findIndex((end) => end + CLEARANCE <= cx - r);
      if (row < 0) row = rowEnds.push(cx + r) - 1;
      else rowEnds[row] = cx + r;
      const cy = y + LANE_HEADER + row * ROW_HEIGHT + ROW_HEIGHT / 2;
      circles.push(
        `<circle class="k${lane}" cx="${cx.toFixed(1)}" cy="${cy}" r="${r.toFixed(1)}"/>`,
      );
    }
    y += LANE_HEADER + rowEnds.length * ROW_HEIGHT + LANE_GAP;
  });
  const height = Math.max(1, y);
  const styles = COLORS.map((c, i) => `.k${i}{fill:${c};fill-opacity:.8}`).join('');

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{margin:0;font:14px system-ui,sans-serif}svg{display:block;touch-action:none}${styles}</style>
</head><body>
<p>${title}: ${events.length} marks, static SVG.</p>
<svg data-testid="chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<g id="marks">${circles.join('')}</g>
</svg>
<p data-ready="true">${events.length} marks drawn.</p>
<script>
(function () {
  var svg = document.querySelector('svg'), g = document.getElementById('marks');
  var k = 1, tx = 0, drag = null, queued = false;
  function apply() { queued = false; g.setAttribute('transform', 'translate(' + tx + ',0) scale(' + k + ',1)'); }
  function schedule() { if (!queued) { queued = true; requestAnimationFrame(apply); } }
  function clamp() { k = Math.min(Math.max(k, 1), 1000); tx = Math.min(0, Math.max(${width} * (1 - k), tx)); }
  svg.addEventListener('wheel', function (e) {
    e.preventDefault();
    var px = e.clientX - svg.getBoundingClientRect().left, k0 = k;
    k = k * Math.pow(2, -e.deltaY * 0.002); clamp();
    tx = px - (px - tx) * (k / k0); clamp(); schedule();
  }, { passive: false });
  svg.addEventListener('mousedown', function (e) { drag = { x: e.clientX, tx: tx }; });
  addEventListener('mousemove', function (e) { if (drag) { tx = drag.tx + e.clientX - drag.x; clamp(); schedule(); } });
  addEventListener('mouseup', function () { drag = null; });
})();
</script>
</body></html>
`;
}

export function writeFloorPage(path: string, events: readonly FloorEvent[], title: string): number {
  const html = floorHtml(events, title);
  writeFileSync(path, html);
  return html.length;
}
