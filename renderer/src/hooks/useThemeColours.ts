import { useSyncExternalStore } from 'react';
import type { ChartColours } from '@shared/design/tokens';
import { themeColours } from '../charts/setup';

// The theme setting reaches the page through Electron's nativeTheme, as this media query.
const DARK_QUERY = '(prefers-color-scheme: dark)';

const darkQuery = (): MediaQueryList | null =>
  typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;

function subscribe(onChange: () => void): () => void {
  const query = darkQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const isDark = (): boolean => darkQuery()?.matches ?? false;

/**
 * Chart text and grid colours from the design tokens, for the theme in force. A chart that
 * takes its colours from here is redrawn when the theme switches.
 */
export function useThemeColours(): ChartColours {
  const dark = useSyncExternalStore(subscribe, isDark, isDark);
  return themeColours(dark ? 'dark' : 'light');
}
