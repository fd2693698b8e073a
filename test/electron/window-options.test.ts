import { describe, expect, it } from 'vitest';
import { applyTheme, WINDOW_BACKGROUND, windowBackgroundColor } from '@main/theme';
import { createMainWindowOptions, createPdfWindowOptions } from '@main/window-options';
import { designTokensCss } from '@shared/design/design-css';
import { THEMES } from '@shared/design/tokens';

const ISOLATED = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
};

describe('createMainWindowOptions', () => {
  const options = createMainWindowOptions('/app/out/preload/index.js', false);

  it('isolates the page from Node and Electron', () => {
    expect(options.webPreferences).toMatchObject(ISOLATED);
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('uses the given preload script', () => {
    expect(options.webPreferences.preload).toBe('/app/out/preload/index.js');
  });

  it('stays hidden until the page is ready, with a background matching the theme', () => {
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toBe(WINDOW_BACKGROUND.light);
    expect(createMainWindowOptions('p', true).backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  });

  it('opens at the default size, centred, unless given saved bounds', () => {
    expect(options).toMatchObject({ width: 1280, height: 820 });
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
    const restored = createMainWindowOptions('p', false, { x: 40, y: 30, width: 1400, height: 900 });
    expect(restored).toMatchObject({ x: 40, y: 30, width: 1400, height: 900 });
    const centred = createMainWindowOptions('p', false, { x: undefined, y: undefined, width: 1000, height: 700 });
    expect(centred).not.toHaveProperty('x');
  });

  it('names a window icon only when given one (Linux)', () => {
    expect(options).not.toHaveProperty('icon');
    const withIcon = createMainWindowOptions('p', false, undefined, '/app/resources/icon.png');
    expect(withIcon.icon).toBe('/app/resources/icon.png');
  });
});

describe('createPdfWindowOptions', () => {
  it('is hidden, isolated and has no preload and no JavaScript', () => {
    const options = createPdfWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ ...ISOLATED, javascript: false });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });
});

describe('theme', () => {
  it('sets nativeTheme.themeSource and returns the background for the resulting colours', () => {
    // Like Electron's nativeTheme: dark colours follow the source (the system is dark here).
    const nativeTheme = {
      themeSource: 'system' as 'system' | 'light' | 'dark',
      get shouldUseDarkColors() {
        return this.themeSource !== 'light';
      },
    };
    expect(applyTheme(nativeTheme, 'light')).toBe(WINDOW_BACKGROUND.light);
    expect(nativeTheme.themeSource).toBe('light');
    expect(applyTheme(nativeTheme, 'dark')).toBe(WINDOW_BACKGROUND.dark);
    expect(applyTheme(nativeTheme, 'system')).toBe(WINDOW_BACKGROUND.dark);
    expect(nativeTheme.themeSource).toBe('system');
  });

  it('follows the system for a value that is not a theme (a hand-edited settings file)', () => {
    const nativeTheme = { themeSource: 'dark' as 'system' | 'light' | 'dark', shouldUseDarkColors: false };
    applyTheme(nativeTheme, 'sepia' as 'light');
    expect(nativeTheme.themeSource).toBe('system');
  });

  it('is the page background token in each theme, as the generated stylesheet declares it, so no theme flashes', () => {
    expect(windowBackgroundColor(false)).toBe(THEMES.light.colours.bg);
    expect(windowBackgroundColor(true)).toBe(THEMES.dark.colours.bg);
    const [light, dark] = [...designTokensCss().matchAll(/--bg:\s*(#[0-9a-f]{6})/gi)].map((match) => match[1]);
    expect([light, dark]).toEqual([windowBackgroundColor(false), windowBackgroundColor(true)]);
  });
});
