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
}
