/**
 * `VITE_DATA_ORIGINS`: the origins besides the page's own that `?data=` may load from, separated
 * by commas or spaces (`"https://data.example.org, https://archive.example.org"`). The build
 * reads it for the CSP's connect-src (vite.config.ts) and the page for its allowlist
 * (dataset-url.ts), both through this one parse, so the two cannot disagree: an entry the CSP
 * would let through is one the page accepts, and the other way round.
 *
 * An entry that is not an http(s) address stops the build, named, rather than being dropped
 * from one list and kept in the other. A path is allowed and ignored: only the origin counts.
 * Pure (no Vite, no DOM), so the build config can import it.
 */
export function parseDataOrigins(raw: string | undefined): string[] {
  const origins = new Set<string>();
  for (const entry of (raw ?? '').split(/[\s,]+/).filter(Boolean)) {
    const url = URL.canParse(entry) ? new URL(entry) : null;
    if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
      throw new Error(
        `VITE_DATA_ORIGINS: "${entry}" is not an origin; write one such as https://data.example.org`,
      );
    }
    origins.add(url.origin);
  }
  return [...origins];
}
