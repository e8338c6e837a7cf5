import { useEffect, useSyncExternalStore } from 'react';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener('change', onChange);
  return () => {
    media.removeEventListener('change', onChange);
  };
}

const systemIsDark = () => window.matchMedia(DARK_QUERY).matches;

/**
 * Resolves `dark=auto|on|off` (auto follows the system, live) and the projector theme onto
 * <html data-theme data-projector>, where the CSS tokens pick them up. The dark tokens apply to
 * screens only (index.css), so printing from a dark page still gives dark text on white paper.
 */
export function useTheme(dark: 'auto' | 'on' | 'off', projector: boolean): 'dark' | 'light' {
  const system = useSyncExternalStore(subscribe, systemIsDark, () => false);
  const theme = dark === 'on' || (dark === 'auto' && system) ? 'dark' : 'light';
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    if (projector) root.dataset.projector = '';
    else delete root.dataset.projector;
  }, [theme, projector]);
  return theme;
}
