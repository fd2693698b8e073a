import { THEMES } from '@shared/design/tokens';

/**
 * Dark mode follows the system unless the user picked light or dark in the settings. The
 * choice is handed to Chromium through nativeTheme.themeSource, so the page's
 * `prefers-color-scheme` rules and native dialogs follow it without the renderer knowing why.
 */
export type ThemeSource = 'system' | 'light' | 'dark';

const THEME_SOURCES: readonly ThemeSource[] = ['system', 'light', 'dark'];

/**
 * The window's own background, shown before the page paints and at the edges while resizing;
 * it is the page's background token, so neither theme flashes.
 */
export const WINDOW_BACKGROUND = { light: THEMES.light.colours.bg, dark: THEMES.dark.colours.bg } as const;

export function windowBackgroundColor(shouldUseDarkColors: boolean): string {
  return shouldUseDarkColors ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light;
}

/** The part of Electron's nativeTheme this module uses. */
export interface NativeThemeLike {
  themeSource: ThemeSource;
  readonly shouldUseDarkColors: boolean;
}

/**
 * Applies the user's choice and returns the window background for the result, to pass to
 * `BrowserWindow.setBackgroundColor`. An unknown value (a hand-edited settings file) falls
 * back to following the system rather than throwing at start-up.
 */
export function applyTheme(nativeTheme: NativeThemeLike, theme: ThemeSource): string {
  nativeTheme.themeSource = THEME_SOURCES.includes(theme) ? theme : 'system';
  return windowBackgroundColor(nativeTheme.shouldUseDarkColors);
}
