/**
 * The application menu as a plain template, so its structure, shortcuts and wiring are
 * tested without Electron; index.ts passes it to `Menu.buildFromTemplate`. Commands that need
 * the page (import, export, shortcuts) are callbacks index.ts forwards to the renderer; the
 * standard editing and window commands are Electron roles, which behave natively per OS.
 */

import type { PlanExportRequest } from '@shared/ipc';

/** The roles this menu uses: a subset of Electron's MenuItemConstructorOptions['role']. */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'windowMenu';

/** Structurally a MenuItemConstructorOptions (mutable arrays, because Electron's are). */
export interface MenuTemplateItem {
  label?: string;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu';
  accelerator?: string;
  enabled?: boolean;
  click?: () => void;
  submenu?: MenuTemplateItem[];
}

export interface MenuActions {
  importFramework(): void;
  exportPlan(request: PlanExportRequest): void;
  /** Opens the page's spreadsheet import (its mapping step lives in the page). */
  importTeam(): void;
  exportTeam(format: 'csv' | 'xlsx'): void;
  exportAllData(): void;
  /** Opens the page's whole-data import, which asks replace or merge. */
  importAllData(): void;
  backupNow(): void;
  restoreBackup(): void;
  openDataFolder(): void;
  showShortcuts(): void;
  /** Opens the article the frameworks come from; the Help item is shown only when given. */
  openArticle?(): void;
}

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  readonly isDev: boolean;
  readonly actions: MenuActions;
}

const separator = (): MenuTemplateItem => ({ type: 'separator' });

/**
 * Shortcuts match the ones listed in the renderer's Keyboard shortcuts dialog: Ctrl/Cmd+O
 * import, +E Markdown, +P PDF, +/ the dialog itself. `CmdOrCtrl` is Cmd on macOS.
 */
export function buildMenuTemplate(options: MenuOptions): MenuTemplateItem[] {
  const { actions, appName, isDev } = options;
  const isMac = options.platform === 'darwin';

  // The documents a manager forwards first (the summary on the shortcuts), then the full report.
  const exportItems: MenuTemplateItem[] = [
    {
      label: 'Summary for leadership (PDF)…',
      accelerator: 'CmdOrCtrl+P',
      click: () => actions.exportPlan({ format: 'pdf', kind: 'summary' }),
    },
    {
      label: 'Summary for leadership (Markdown)…',
      accelerator: 'CmdOrCtrl+E',
      click: () => actions.exportPlan({ format: 'md', kind: 'summary' }),
    },
    { label: 'Job briefs (PDF)…', click: () => actions.exportPlan({ format: 'pdf', kind: 'brief' }) },
    { label: 'Job briefs (Markdown)…', click: () => actions.exportPlan({ format: 'md', kind: 'brief' }) },
    { label: 'Internal detail, with names (PDF)…', click: () => actions.exportPlan({ format: 'pdf', kind: 'detail' }) },
    {
      label: 'Internal detail, with names (Markdown)…',
      click: () => actions.exportPlan({ format: 'md', kind: 'detail' }),
    },
    separator(),
    { label: 'Full report as CSV…', click: () => actions.exportPlan({ format: 'csv' }) },
    { label: 'Full report as JSON…', click: () => actions.exportPlan({ format: 'json' }) },
    { label: 'Full report as Excel…', click: () => actions.exportPlan({ format: 'xlsx' }) },
  ];

  const appMenu: MenuTemplateItem = {
    label: appName,
    submenu: [
      { role: 'about', label: `About ${appName}` },
      separator(),
      { role: 'services' },
      separator(),
      { role: 'hide', label: `Hide ${appName}` },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator(),
      { role: 'quit', label: `Quit ${appName}` },
    ],
  };

  const fileMenu: MenuTemplateItem = {
    label: 'File',
    submenu: [
      { label: 'Import framework…', accelerator: 'CmdOrCtrl+O', click: () => actions.importFramework() },
      { label: 'Export plan', submenu: exportItems },
      separator(),
      { label: 'Import team from a spreadsheet…', accelerator: 'CmdOrCtrl+I', click: () => actions.importTeam() },
      {
        label: 'Export team matrix',
        submenu: [
          { label: 'Excel…', click: () => actions.exportTeam('xlsx') },
          { label: 'CSV…', click: () => actions.exportTeam('csv') },
        ],
      },
      { label: 'Save all data to a file…', click: () => actions.exportAllData() },
      { label: 'Import all data from a file…', click: () => actions.importAllData() },
      separator(),
      { label: 'Back up now', click: () => actions.backupNow() },
      { label: 'Restore from backup…', click: () => actions.restoreBackup() },
      { label: 'Open data folder', click: () => actions.openDataFolder() },
      separator(),
      // macOS keeps the app running without windows: File ends with Close; elsewhere, Quit.
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };

  const editMenu: MenuTemplateItem = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator(),
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuTemplateItem = {
    label: 'View',
    submenu: [
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      separator(),
      { role: 'togglefullscreen' },
      // Developer tools only in development: a packaged app gives no console into its page.
      ...(isDev ? [separator(), { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
    ],
  };

  const helpMenu: MenuTemplateItem = {
    label: 'Help',
    submenu: [
      { label: 'Keyboard shortcuts', accelerator: 'CmdOrCtrl+/', click: () => actions.showShortcuts() },
      ...(actions.openArticle ? [{ label: 'The source article', click: () => actions.openArticle?.() }] : []),
      // macOS has About in the app menu.
      ...(isMac ? [] : [separator(), { role: 'about' as const, label: `About ${appName}` }]),
    ],
  };

  return [
    ...(isMac ? [appMenu] : []),
    fileMenu,
    editMenu,
    viewMenu,
    ...(isMac ? [{ role: 'windowMenu' as const }] : []),
    helpMenu,
  ];
}
