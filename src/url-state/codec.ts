import { EVENT_KINDS } from '../domain/kinds';
import type { EventKind } from '../domain/kinds';
import { SIDE_SLUG } from '../domain/side';

/**
 * The shareable view state and its one query-string codec. Every parameter is optional;
 * an unknown or malformed one falls back to its default, and parsing never throws.
 */
export interface ViewState {
  /** `data`: another same-origin dataset file. */
  readonly data: string | null;
  /** `event`: the selected event's id. */
  readonly event: string | null;
  /** `kind`: kinds shown (comma-separated); null = all, [] = none. */
  readonly kinds: readonly EventKind[] | null;
  /** `side`: holders shown (`azerbaijan`, `armenia`, `unknown`, `none`, any holder's slug); null = all. */
  readonly sides: readonly string[] | null;
  /**
   * `side=-a,b`: every holder but these — the same kind of selection written by what it leaves
   * out, which stays short when one of thousands of holders is unticked. Null unless used.
   */
  readonly sidesExcept: readonly string[] | null;
  /** `source`: attribution ids shown; null = all. */
  readonly sources: readonly string[] | null;
  /** `q`: search text. */
  readonly q: string;
  /** `from`/`to`: the visible time window in epoch ms (minute resolution); both or neither. */
  readonly from: number | null;
  readonly to: number | null;
  /** `uncertain=hide` hides events whose date is not one precise day. */
  readonly uncertain: boolean;
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
  kinds: null,
  sides: null,
  sidesExcept: null,
  sources: null,
  q: '',
  from: null,
  to: null,
  uncertain: true,
  mode: 'full',
  step: null,
  dark: 'auto',
  projector: false,
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_PARAM = 2000;
export const MAX_QUERY = 200;
const DAY = 86_400_000;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})Z)?$/;
/** Years a URL may name: the same span a timeline can draw is far more than any view needs. */
const MIN_YEAR = 0;
const MAX_YEAR = 9999;

function readParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  return value === null || value.length > MAX_PARAM ? null : value;
}

/**
 * A comma list: `null` when absent or when nothing in it is valid (garbage → default);
 * `[]` only for an explicitly empty value (`kind=`, everything unticked).
 */
function readList<T extends string>(
  raw: string | null,
  isValid: (v: string) => v is T,
): T[] | null {
  if (raw === null) return null;
  if (raw === '') return [];
  const values = [...new Set(raw.split(',').filter(isValid))];
  return values.length > 0 ? values : null;
}

const isKind = (v: string): v is EventKind => (EVENT_KINDS as readonly string[]).includes(v);
const isSlug = (v: string): v is string => SLUG.test(v);
// Holders are slugged in any script (see slugify): `side=азербайджан` is as valid as `armenia`.
const isSide = (v: string): v is string => SIDE_SLUG.test(v);

function oneOf<T extends string>(value: string | null, options: readonly T[], fallback: T): T {
  return options.find((o) => o === value) ?? fallback;
}

function parseStep(text: string | null): number | null {
  if (text === null || !/^\d{1,7}$/.test(text)) return null;
  const step = Number(text);
  return step >= 1 && step <= MAX_STEP ? step : null;
}

/**
 * Search text as the URL may hold it: at most MAX_QUERY characters, cut on whole code points,
 * with lone surrogates dropped (encodeURIComponent throws on them).
 */
export function cleanQuery(text: string): string {
  return Array.from(
    text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ''),
  )
    .slice(0, MAX_QUERY)
    .join('');
}

export function parseInstant(text: string | null): number | null {
  const m = text === null ? null : INSTANT.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map((part) => (part ? Number(part) : 0));
  if (year === undefined || month === undefined || day === undefined) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || (hour ?? 0) > 23 || (minute ?? 0) > 59) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour ?? 0, minute ?? 0, 0, 0);
  // Rejects 2023-02-30 and friends, which Date would silently roll over.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.getTime();
}

/** `2023-12-08` at midnight UTC, else `2023-12-08T06:30Z`. */
export function serializeInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return ms % DAY === 0 ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}

function canonicalKinds(kinds: readonly EventKind[]): EventKind[] {
  return EVENT_KINDS.filter((k) => kinds.includes(k));
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const event = readParam(params, 'event');
  const data = readParam(params, 'data');
  const kinds = readList(readParam(params, 'kind'), isKind);
  const side = readParam(params, 'side');
  // Slugs never start with a hyphen, so a leading one can only mean "all but".
  const except = side?.startsWith('-') ? readList(side.slice(1), isSide) : null;
  const sides = except === null && !side?.startsWith('-') ? readList(side, isSide) : null;
  const sources = readList(readParam(params, 'source'), isSlug);
  const from = parseInstant(readParam(params, 'from'));
  const to = parseInstant(readParam(params, 'to'));
  const validRange = from !== null && to !== null && from < to;
  return {
    data: data === '' ? null : data,
    event: event !== null && isSlug(event) ? event : null,
    kinds: kinds && canonicalKinds(kinds),
    sides: sides && [...sides].sort(),
    sidesExcept: except && except.length > 0 ? [...except].sort() : null,
    sources: sources && [...sources].sort(),
    q: cleanQuery(readParam(params, 'q') ?? ''),
    from: validRange ? from : null,
    to: validRange ? to : null,
    uncertain: params.get('uncertain') !== 'hide',
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
  if (state.kinds !== null) parts.push(['kind', canonicalKinds(state.kinds).join(',')]);
  if (state.sidesExcept !== null && state.sidesExcept.length > 0) {
    parts.push(['side', `-${[...state.sidesExcept].sort().join(',')}`]);
  } else if (state.sides !== null) parts.push(['side', [...state.sides].sort().join(',')]);
  if (state.sources !== null) parts.push(['source', [...state.sources].sort().join(',')]);
  const q = cleanQuery(state.q);
  if (q !== '') parts.push(['q', q]);
  if (state.from !== null && state.to !== null && state.from < state.to) {
    parts.push(['from', serializeInstant(state.from)], ['to', serializeInstant(state.to)]);
  }
  if (!state.uncertain) parts.push(['uncertain', 'hide']);
  if (state.event !== null) parts.push(['event', state.event]);
  if (state.mode !== 'full') parts.push(['mode', state.mode]);
  if (state.step !== null) parts.push(['step', String(state.step)]);
  if (state.dark !== 'auto') parts.push(['dark', state.dark]);
  if (state.projector) parts.push(['theme', 'projector']);
  return parts.length > 0 ? `?${parts.map(([k, v]) => `${k}=${encode(v)}`).join('&')}` : '';
}
