import type { AppMode } from '../url-state/codec';
import type { SetView } from '../url-state/set-view';

/**
 * How a mode's view changes enter the browser's history. `push-filters`: as each control asks
 * (a tick or a selection is a Back step, typing and zooming refine the current one).
 * `replace-always`: never a new step — an embed must not fill its host page's Back button, and
 * a briefing's steps are moved through with the clicker, not with Back.
 */
export type HistoryPolicy = 'push-filters' | 'replace-always';

/**
 * What a mode may do, decided once here so that no component checks the mode string.
 * Embeds live inside pages we do not control: they never take the page's wheel, touch or keys.
 */
export interface Capabilities {
  readonly wheelNeedsModifier: boolean;
  readonly touchZoom: boolean;
  readonly postSize: boolean;
  readonly globalKeys: boolean;
  readonly history: HistoryPolicy;
  /** Notices as one short line each, for a frame in someone's article or a projector. */
  readonly compactNotices: boolean;
}

export function capabilitiesOf(mode: AppMode): Capabilities {
  switch (mode) {
    case 'embed':
      return {
        wheelNeedsModifier: true,
        touchZoom: false,
        postSize: true,
        globalKeys: false,
        history: 'replace-always',
        compactNotices: true,
      };
    case 'present':
      return {
        wheelNeedsModifier: false,
        touchZoom: true,
        postSize: false,
        globalKeys: true,
        history: 'replace-always',
        compactNotices: true,
      };
    case 'full':
      return {
        wheelNeedsModifier: false,
        touchZoom: true,
        postSize: false,
        globalKeys: false,
        history: 'push-filters',
        compactNotices: false,
      };
  }
}

/** The one place a mode's history policy is applied: every shell writes through the result. */
export function withHistoryPolicy(setView: SetView, policy: HistoryPolicy): SetView {
  if (policy === 'push-filters') return setView;
  return (patch) => {
    setView(patch, 'replace');
  };
}
