import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions, type MenuTemplateItem } from '@main/menu';
import type { PlanExportRequest } from '@shared/ipc';

function fakeActions() {
  return {
    importFramework: vi.fn<() => void>(),
    exportPlan: vi.fn<(request: PlanExportRequest) => void>(),
    importTeam: vi.fn<() => void>(),
    exportTeam: vi.fn<(format: 'csv' | 'xlsx') => void>(),
    exportAllData: vi.fn<() => void>(),
    importAllData: vi.fn<() => void>(),
    backupNow: vi.fn<() => void>(),
    restoreBackup: vi.fn<() => void>(),
    openDataFolder: vi.fn<() => void>(),
    showShortcuts: vi.fn<() => void>(),
    openArticle: vi.fn<() => void>(),
  } satisfies Required<MenuActions>;
}

const build = (platform: NodeJS.Platform, isDev = false, actions: MenuActions = fakeActions()) =>
  buildMenuTemplate({ platform, appName: 'Gapwise', isDev, actions });

const labelOf = (item: MenuTemplateItem): string => item.label ?? item.role ?? item.type ?? '?';
const topLabels = (template: MenuTemplateItem[]): string[] => template.map(labelOf);

function menu(template: MenuTemplateItem[], label: string): MenuTemplateItem[] {
  const found = template.find((item) => item.label === label);
  if (!found?.submenu) throw new Error(`no menu "${label}"`);
  return found.submenu;
}

function item(items: MenuTemplateItem[], label: string): MenuTemplateItem {
  const found = items.find((candidate) => candidate.label === label);
  if (!found) throw new Error(`no item "${label}"`);
  return found;
}

/** Every item of the template, submenus included. */
function flatten(items: MenuTemplateItem[]): MenuTemplateItem[] {
  return items.flatMap((entry) => [entry, ...flatten(entry.submenu ?? [])]);
}

describe('buildMenuTemplate structure', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    expect(topLabels(build('win32'))).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(topLabels(build('linux'))).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('adds the app menu first and the Window menu on macOS', () => {
    const template = build('darwin');
    expect(topLabels(template)).toEqual(['Gapwise', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
    const roles = menu(template, 'Gapwise').map((entry) => entry.role ?? entry.type);
    expect(roles).toEqual(expect.arrayContaining(['about', 'hide', 'hideOthers', 'unhide', 'quit']));
    expect(roles.at(-1)).toBe('quit');
  });

  it('lays out the File menu, ending with Close on macOS and Quit elsewhere', () => {
    const labels = (platform: NodeJS.Platform) => menu(build(platform), 'File').map(labelOf);
    expect(labels('linux')).toEqual([
      'Import framework…',
      'Export plan',
      'separator',
      'Import team from a spreadsheet…',
      'Export team matrix',
      'Save all data to a file…',
      'Import all data from a file…',
      'separator',
      'Back up now',
      'Restore from backup…',
      'Open data folder',
      'separator',
      'Quit',
    ]);
    expect(menu(build('linux'), 'File').at(-1)?.role).toBe('quit');
    expect(menu(build('darwin'), 'File').at(-1)?.role).toBe('close');
    expect(item(menu(build('linux'), 'File'), 'Export plan').submenu?.map(labelOf)).toEqual([
      'Summary for leadership (PDF)…',
      'Summary for leadership (Markdown)…',
      'Job briefs (PDF)…',
      'Job briefs (Markdown)…',
      'Internal detail, with names (PDF)…',
      'Internal detail, with names (Markdown)…',
      'separator',
      'Full report as CSV…',
      'Full report as JSON…',
      'Full report as Excel…',
    ]);
  });

  it('uses native roles for editing', () => {
    expect(menu(build('linux'), 'Edit').map((entry) => entry.role ?? entry.type)).toEqual([
      'undo',
      'redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('offers zoom and full screen, and developer tools only in development', () => {
    const roles = (isDev: boolean) => menu(build('linux', isDev), 'View').map((entry) => entry.role ?? entry.type);
    expect(roles(false)).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'separator', 'togglefullscreen']);
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const all = flatten(build(platform, false));
      expect(all.some((entry) => entry.role === 'toggleDevTools' || entry.role === 'reload')).toBe(false);
    }
  });

  it('has Keyboard shortcuts and About in Help (About in the app menu on macOS)', () => {
    const help = menu(build('win32'), 'Help');
    expect(item(help, 'Keyboard shortcuts').accelerator).toBe('CmdOrCtrl+/');
    expect(help.some((entry) => entry.role === 'about')).toBe(true);
    expect(menu(build('darwin'), 'Help').some((entry) => entry.role === 'about')).toBe(false);
  });

  it('shows the article item only when there is an action for it', () => {
    const { openArticle: _omitted, ...withoutArticle } = fakeActions();
    expect(menu(build('linux', false, withoutArticle), 'Help').map(labelOf)).not.toContain('The source article');
    expect(menu(build('linux'), 'Help').map(labelOf)).toContain('The source article');
  });

  it('uses CmdOrCtrl accelerators, each at most once', () => {
    const accelerators = flatten(build('linux'))
      .map((entry) => entry.accelerator)
      .filter((accelerator): accelerator is string => accelerator !== undefined);
    expect(accelerators.sort()).toEqual(['CmdOrCtrl+/', 'CmdOrCtrl+E', 'CmdOrCtrl+I', 'CmdOrCtrl+O', 'CmdOrCtrl+P']);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('gives every item a label, a role, a submenu or the separator type', () => {
    for (const entry of flatten(build('darwin', true))) {
      expect(entry.label ?? entry.role ?? entry.type, JSON.stringify(entry)).toBeDefined();
      if (entry.type === 'separator') expect(entry.click).toBeUndefined();
    }
  });
});

describe('buildMenuTemplate wiring', () => {
  it.each([
    [['File', 'Import framework…'], 'importFramework', []],
    [['File', 'Export plan', 'Summary for leadership (PDF)…'], 'exportPlan', [{ format: 'pdf', kind: 'summary' }]],
    [['File', 'Export plan', 'Summary for leadership (Markdown)…'], 'exportPlan', [{ format: 'md', kind: 'summary' }]],
    [['File', 'Export plan', 'Job briefs (PDF)…'], 'exportPlan', [{ format: 'pdf', kind: 'brief' }]],
    [['File', 'Export plan', 'Job briefs (Markdown)…'], 'exportPlan', [{ format: 'md', kind: 'brief' }]],
    [['File', 'Export plan', 'Internal detail, with names (PDF)…'], 'exportPlan', [{ format: 'pdf', kind: 'detail' }]],
    [
      ['File', 'Export plan', 'Internal detail, with names (Markdown)…'],
      'exportPlan',
      [{ format: 'md', kind: 'detail' }],
    ],
    [['File', 'Export plan', 'Full report as CSV…'], 'exportPlan', [{ format: 'csv' }]],
    [['File', 'Export plan', 'Full report as JSON…'], 'exportPlan', [{ format: 'json' }]],
    [['File', 'Export plan', 'Full report as Excel…'], 'exportPlan', [{ format: 'xlsx' }]],
    [['File', 'Import team from a spreadsheet…'], 'importTeam', []],
    [['File', 'Export team matrix', 'Excel…'], 'exportTeam', ['xlsx']],
    [['File', 'Export team matrix', 'CSV…'], 'exportTeam', ['csv']],
    [['File', 'Save all data to a file…'], 'exportAllData', []],
    [['File', 'Import all data from a file…'], 'importAllData', []],
    [['File', 'Back up now'], 'backupNow', []],
    [['File', 'Restore from backup…'], 'restoreBackup', []],
    [['File', 'Open data folder'], 'openDataFolder', []],
    [['Help', 'Keyboard shortcuts'], 'showShortcuts', []],
    [['Help', 'The source article'], 'openArticle', []],
  ] as const)('%j calls %s(%j) and nothing else', (path, action, args) => {
    const actions = fakeActions();
    let items = build('linux', false, actions);
    let target: MenuTemplateItem | undefined;
    for (const label of path) {
      target = item(items, label);
      items = target.submenu ?? [];
    }
    target?.click?.();
    expect(actions[action]).toHaveBeenCalledExactlyOnceWith(...args);
    for (const [name, spy] of Object.entries(actions)) {
      if (name !== action) expect(spy, name).not.toHaveBeenCalled();
    }
  });

  it('puts Ctrl/Cmd+O on import, +E and +P on the summary for leadership as Markdown and PDF', () => {
    const file = menu(build('linux'), 'File');
    expect(item(file, 'Import framework…').accelerator).toBe('CmdOrCtrl+O');
    const exports = item(file, 'Export plan').submenu ?? [];
    expect(item(exports, 'Summary for leadership (Markdown)…').accelerator).toBe('CmdOrCtrl+E');
    expect(item(exports, 'Summary for leadership (PDF)…').accelerator).toBe('CmdOrCtrl+P');
  });

  it('wires every clickable item on every platform to one of the actions', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const actions = fakeActions();
      const clickable = flatten(build(platform, true, actions)).filter((entry) => entry.click);
      for (const entry of clickable) entry.click?.();
      const calls = Object.values(actions).reduce((sum, spy) => sum + spy.mock.calls.length, 0);
      expect(calls).toBe(clickable.length);
      expect(clickable.every((entry) => entry.role === undefined)).toBe(true);
    }
  });
});
