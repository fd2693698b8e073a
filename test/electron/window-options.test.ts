import { describe, expect, it } from 'vitest';
import { createMainWindowOptions } from '../../electron/main/window-options';

describe('createMainWindowOptions', () => {
  const options = createMainWindowOptions('/app/out/preload/index.js', false);

  it('isolates the page from Node and Electron', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('uses the given preload script', () => {
    expect(options.webPreferences.preload).toBe('/app/out/preload/index.js');
  });

  it('stays hidden until the page is ready, with a background matching the theme', () => {
    expect(options.show).toBe(false);
    expect(createMainWindowOptions('p', true).backgroundColor).not.toBe(options.backgroundColor);
  });
});
