import { queryOptions } from '@tanstack/react-query';
import type { Briefing } from './briefing-schema';

/** A briefing file, absent (the default: step through events in time order), or why it was ignored. */
export type BriefingResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly briefing: Briefing }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] };

async function loadBriefing(url: string, signal: AbortSignal): Promise<BriefingResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch {
    return { kind: 'none' };
  }
  // Static hosts (and Vite's preview) answer unknown paths with the app's HTML page: no briefing.
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || type.includes('text/html')) return { kind: 'none' };
  let raw: unknown;
  try {
    raw = JSON.parse(await response.text());
  } catch (error) {
    return { kind: 'invalid', problems: [`briefing.json is not JSON (${String(error)})`] };
  }
  const [{ BriefingSchema }, { formatIssues }] = await Promise.all([
    import('./briefing-schema'),
    import('./parse-dataset'),
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
