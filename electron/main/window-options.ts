/**
 * The main window's options, decided in one place so the security settings can be asserted
 * in a test without starting Electron. The shape is a subset of Electron's
 * BrowserWindowConstructorOptions; index.ts passes it to `new BrowserWindow`, which checks it.
 */
export interface MainWindowOptions {
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
  readonly show: boolean;
  readonly title: string;
  readonly autoHideMenuBar: boolean;
  readonly backgroundColor: string;
  readonly webPreferences: {
    readonly preload: string;
    readonly contextIsolation: true;
    readonly sandbox: true;
    readonly nodeIntegration: false;
    readonly nodeIntegrationInWorker: false;
    readonly nodeIntegrationInSubFrames: false;
    readonly webSecurity: true;
    readonly allowRunningInsecureContent: false;
    readonly webviewTag: false;
    readonly spellcheck: boolean;
  };
}

export function createMainWindowOptions(preloadPath: string, prefersDark: boolean): MainWindowOptions {
  return {
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    // Shown on 'ready-to-show' so the window never flashes an empty frame.
    show: false,
    title: 'Gapwise',
    autoHideMenuBar: true,
    // Matches the page background in styles.css so resizing shows no white edge in dark mode.
    backgroundColor: prefersDark ? '#15171c' : '#fbfbfa',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}
