import { windowBackgroundColor } from './theme';
import { DEFAULT_WINDOW_SIZE } from './window-state';

/**
 * The web preferences every window of Gapwise gets: Electron's security checklist items 2–4,
 * 6, 8, 9 and 11, in one place so no window can be created without them.
 */
export const LOCKED_DOWN_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  spellcheck: false,
  // Middle-click must not open links in new windows (Electronegativity's AUXCLICK check).
  disableBlinkFeatures: 'Auxclick',
} as const;
export type LockedDownPreferences = typeof LOCKED_DOWN_PREFERENCES;

/**
 * The main window's options, decided in one place so the security settings can be asserted
 * in a test without starting Electron. The shape is a subset of Electron's
 * BrowserWindowConstructorOptions; index.ts passes it to `new BrowserWindow`, which checks it.
 */
export interface MainWindowOptions {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
  readonly show: boolean;
  readonly title: string;
  readonly autoHideMenuBar: boolean;
  readonly backgroundColor: string;
  /** The window and taskbar icon where the OS takes it from the window (Linux). */
  readonly icon?: string;
  readonly webPreferences: LockedDownPreferences & { readonly preload: string };
}

/** Where the window opens; x/y left out means centred on the primary display. */
export interface InitialBounds {
  readonly x?: number | undefined;
  readonly y?: number | undefined;
  readonly width: number;
  readonly height: number;
}

export function createMainWindowOptions(
  preloadPath: string,
  prefersDark: boolean,
  bounds: InitialBounds = DEFAULT_WINDOW_SIZE,
  iconPath?: string,
): MainWindowOptions {
  return {
    ...(iconPath ? { icon: iconPath } : {}),
    // Omitted rather than undefined, so Electron centres the window.
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: 720,
    minHeight: 480,
    // Shown on 'ready-to-show' so the window never flashes an empty frame.
    show: false,
    title: 'Gapwise',
    // The File menu carries import, export and restore: keep it visible, not behind Alt.
    autoHideMenuBar: false,
    // Matches the page background in styles.css so resizing shows no white edge in dark mode.
    backgroundColor: windowBackgroundColor(prefersDark),
    webPreferences: { ...LOCKED_DOWN_PREFERENCES, preload: preloadPath },
  };
}

/**
 * The hidden window that renders the hiring plan's HTML for `webContents.printToPDF`. The
 * HTML contains names and notes the user typed, so it gets no preload, no Node, a sandbox and
 * no JavaScript at all: whatever ends up in the markup can only be printed, never run.
 */
export interface PdfWindowOptions {
  readonly show: false;
  readonly width: number;
  readonly height: number;
  readonly webPreferences: LockedDownPreferences & { readonly javascript: false };
}

export function createPdfWindowOptions(): PdfWindowOptions {
  return {
    show: false,
    // A4 at 96 dpi; printToPDF sets the page size itself, this only shapes the layout pass.
    width: 794,
    height: 1123,
    webPreferences: { ...LOCKED_DOWN_PREFERENCES, javascript: false },
  };
}
