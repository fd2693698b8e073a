import { useMemo, useSyncExternalStore } from 'react';
import { themeColours } from '../../charts/setup';

/**
 * Re-reads the colours when the system theme flips, or when the app switches theme on the
 * root element (a class or data attribute set from the theme setting).
 */
function subscribe(onChange: () => void): () => void {
  const query = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  query?.addEventListener('change', onChange);
  const observer = typeof MutationObserver === 'function' ? new MutationObserver(onChange) : null;
  observer?.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme'] });
  return () => {
    query?.removeEventListener('change', onChange);
    observer?.disconnect();
  };
}

const snapshot = (): string => {
  const { text, grid } = themeColours();
  return `${text}\n${grid}`;
};

/** Chart text and grid colours from the page's CSS variables, following the theme. */
export function useThemeColours(): { text: string; grid: string } {
  const key = useSyncExternalStore(subscribe, snapshot, snapshot);
  return useMemo(() => {
    const [text = '', grid = ''] = key.split('\n');
    return { text, grid };
  }, [key]);
}
