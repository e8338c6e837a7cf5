/**
 * The shareable view state and its one query-string codec. Unknown or malformed parameters
 * fall back to defaults; parsing never throws.
 */
export interface ViewState {
  /** `?data=`: another same-origin dataset file. */
  readonly data: string | null;
  /** `?event=`: the selected event's id. */
  readonly event: string | null;
}

export const DEFAULT_VIEW: ViewState = { data: null, event: null };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_PARAM = 2000;

function readParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  return value === null || value === '' || value.length > MAX_PARAM ? null : value;
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const event = readParam(params, 'event');
  return {
    data: readParam(params, 'data'),
    event: event !== null && SLUG.test(event) ? event : null,
  };
}

/** `?data=…&event=…`, omitting defaults; "" for the default view. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.data !== null) params.set('data', state.data);
  if (state.event !== null) params.set('event', state.event);
  const text = params.toString();
  return text ? `?${text}` : '';
}
