import { DEFAULT_FILTERS, readFilters, writeFilters } from '../domain/filters/registry';
import type { UrlFilterValues } from '../domain/filters/registry';
import { isSlug, readParam } from '../domain/filters/url-params';

export { MAX_QUERY } from '../domain/filters/url-params';

/**
 * The shareable view state and its one query-string codec. Every parameter is optional;
 * an unknown or malformed one falls back to its default, and parsing never throws. The filters'
 * part is declared filter by filter (src/domain/filters/): their names, parameters and codecs.
 */
export interface ViewState extends UrlFilterValues {
  /** `data`: another same-origin dataset file. */
  readonly data: string | null;
  /** `event`: the selected event's id. */
  readonly event: string | null;
  /** `mode`: the full view (default), `embed` (compact, for iframes) or `present` (briefings). */
  readonly mode: AppMode;
  /** `step`: the presentation step, from 1; null = the first. */
  readonly step: number | null;
  /** `dark`: `auto` follows the system, `on`/`off` force it. */
  readonly dark: DarkSetting;
  /** `theme=projector`: high contrast and heavier lines for rooms with a projector. */
  readonly projector: boolean;
}

export const APP_MODES = ['full', 'embed', 'present'] as const;
export type AppMode = (typeof APP_MODES)[number];
export const DARK_SETTINGS = ['auto', 'on', 'off'] as const;
export type DarkSetting = (typeof DARK_SETTINGS)[number];
const MAX_STEP = 1_000_000;

export const DEFAULT_VIEW: ViewState = {
  data: null,
  event: null,
  ...DEFAULT_FILTERS,
  mode: 'full',
  step: null,
  dark: 'auto',
  projector: false,
};

function oneOf<T extends string>(value: string | null, options: readonly T[], fallback: T): T {
  return options.find((o) => o === value) ?? fallback;
}

function parseStep(text: string | null): number | null {
  if (text === null || !/^\d{1,7}$/.test(text)) return null;
  const step = Number(text);
  return step >= 1 && step <= MAX_STEP ? step : null;
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const event = readParam(params, 'event');
  const data = readParam(params, 'data');
  return {
    data: data === '' ? null : data,
    event: event !== null && isSlug(event) ? event : null,
    ...readFilters(params),
    mode: oneOf(params.get('mode'), APP_MODES, 'full'),
    step: parseStep(params.get('step')),
    dark: oneOf(params.get('dark'), DARK_SETTINGS, 'auto'),
    projector: params.get('theme') === 'projector',
  };
}

/** Percent-encodes a value but keeps commas readable (`kind=capture,release`). */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',');
}

/** The query string for a view, omitting every default; "" for the default view. */
export function serializeViewState(state: ViewState): string {
  const parts: [string, string][] = [];
  if (state.data !== null) parts.push(['data', state.data]);
  parts.push(...writeFilters(state));
  if (state.event !== null) parts.push(['event', state.event]);
  if (state.mode !== 'full') parts.push(['mode', state.mode]);
  if (state.step !== null) parts.push(['step', String(state.step)]);
  if (state.dark !== 'auto') parts.push(['dark', state.dark]);
  if (state.projector) parts.push(['theme', 'projector']);
  return parts.length > 0 ? `?${parts.map(([k, v]) => `${k}=${encode(v)}`).join('&')}` : '';
}
