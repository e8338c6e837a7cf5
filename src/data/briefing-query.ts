import { queryOptions } from '@tanstack/react-query';
import type { Briefing } from './briefing-schema';
import { fetchResponse } from './fetch-file';
import { isHtmlType, looksLikeHtml } from './html-sniff';
import { DatasetLoadError } from './load-error';
import { readBody } from './read-body';

/** A briefing file, absent (the default: step through events in time order), or why it was ignored. */
export type BriefingResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly briefing: Briefing }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] };

/** Largest briefing read: 10,000 steps with long captions fit many times over. */
const MAX_BRIEFING_BYTES = 16 * 1024 * 1024;

/**
 * The briefing, or why it is not used. A 404 (or a host's HTML page in its place) is simply no
 * briefing; any other failure is said, and the events are presented in time order regardless.
 */
export async function loadBriefing(url: string, signal: AbortSignal): Promise<BriefingResult> {
  let text: string;
  try {
    const response = await fetchResponse(url, signal);
    // Static hosts (and Vite's preview) answer unknown paths with the app's HTML page: no briefing.
    if (response.status === 404 || isHtmlType(response.headers.get('content-type'))) {
      await response.body?.cancel();
      return { kind: 'none' };
    }
    if (!response.ok) {
      await response.body?.cancel();
      const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return unloaded(`${url} answered ${status}.`);
    }
    text = await readBody(response, url, { maxBytes: MAX_BRIEFING_BYTES, signal });
  } catch (error) {
    if (signal.aborted || !(error instanceof DatasetLoadError)) throw error;
    return unloaded(error.message);
  }
  if (looksLikeHtml(text)) return { kind: 'none' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { kind: 'invalid', problems: [`briefing.json is not JSON (${String(error)})`] };
  }
  const [{ BriefingSchema }, { formatIssues }] = await Promise.all([
    import('./briefing-schema'),
    import('./format-issues'),
  ]);
  const parsed = BriefingSchema.safeParse(raw);
  return parsed.success
    ? { kind: 'ok', briefing: parsed.data }
    : { kind: 'invalid', problems: formatIssues(parsed.error) };
}

/** `briefing.json` beside the dataset file; never an error state, at worst a notice. */
export function briefingQueryOptions(datasetUrl: string) {
  const url = new URL('briefing.json', datasetUrl).href;
  return queryOptions({
    queryKey: ['briefing', url],
    queryFn: ({ signal }) => loadBriefing(url, signal),
    staleTime: 'static',
    retry: false,
  });
}

/** A briefing that could not be read: reported as ignored, with the order it falls back to. */
function unloaded(reason: string): BriefingResult {
  return {
    kind: 'invalid',
    problems: [`it could not be loaded, so the events are presented in time order. ${reason}`],
  };
}
