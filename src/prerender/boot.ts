/**
 * What the page does before its body is parsed. The build inlines this function's own source
 * into <head> (and allows exactly that text by its hash in the Content-Security-Policy), so it
 * must stay self-contained: no imports, no closures.
 *
 * - `data-js`: scripts run; controls that need them are shown (index.css hides them otherwise).
 * - `data-theme` / `data-projector`: the theme the app would choose, before the first paint, so a
 *   dark-mode reader does not see the prerendered page flash light.
 * - `data-prerendered`: which prerendered view this address shows: `full` for the bare address,
 *   `embed` for `?mode=embed`, `none` for any other (hidden until the app draws the right one,
 *   so a reader never sees the default dataset in place of the one the address names).
 * - A `?data=` file on this page's own origin starts downloading now, while the app's code is
 *   still on its way: the app's own request (same address, same credentials) is answered from
 *   it. `local` (a file opened from the reader's computer) and over-long values (refused by the
 *   app) are left alone; other origins are the app's to check against its allowlist.
 */
export function boot(): void {
  const root = document.documentElement;
  const search = window.location.search;
  const params = new URLSearchParams(search);
  const dark = params.get('dark');
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  root.setAttribute('data-js', '');
  root.setAttribute(
    'data-theme',
    dark === 'on' || (dark !== 'off' && systemDark) ? 'dark' : 'light',
  );
  if (params.get('theme') === 'projector') root.setAttribute('data-projector', '');
  root.setAttribute(
    'data-prerendered',
    search === '' ? 'full' : search === '?mode=embed' ? 'embed' : 'none',
  );
  // LOCAL_DATA and MAX_DATA_PARAM (src/data/dataset-url.ts; boot.test.ts holds them equal).
  const data = params.get('data');
  if (data === null || data.trim() === '' || data === 'local' || data.length > 2000) return;
  if (!URL.canParse(data, window.location.href)) return;
  const url = new URL(data, window.location.href);
  if (url.origin !== window.location.origin) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = url.href;
  document.head.appendChild(link);
}
