import type { AppMode } from '../url-state/codec';

/**
 * What a mode may do, decided once here so that no component checks the mode string.
 * Embeds live inside pages we do not control: they never take the page's wheel, touch or keys.
 */
export interface Capabilities {
  readonly wheelNeedsModifier: boolean;
  readonly touchZoom: boolean;
  readonly postSize: boolean;
  readonly globalKeys: boolean;
}

export function capabilitiesOf(mode: AppMode): Capabilities {
  switch (mode) {
    case 'embed':
      return { wheelNeedsModifier: true, touchZoom: false, postSize: true, globalKeys: false };
    case 'present':
      return { wheelNeedsModifier: false, touchZoom: true, postSize: false, globalKeys: true };
    case 'full':
      return { wheelNeedsModifier: false, touchZoom: true, postSize: false, globalKeys: false };
  }
}
