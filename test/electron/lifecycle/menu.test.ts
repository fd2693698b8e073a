import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinFramework } from '@shared/io';
import type { MenuCommand } from '@shared/ipc';
import { expectRulesKept, useMainProcess } from './scenario';
import { entries, lastSeq, sentToPage, since, type JournalEntry, type MenuItemView } from './world';

/**
 * Every command of the application menu, clicked in the built main process, with the effect
 * each must have. Dialogs are cancelled unless a test picks a file.
 */

type Effect =
  | { readonly page: MenuCommand }
  | { readonly dialog: 'showOpenDialog' | 'showSaveDialog'; readonly title: string; readonly file?: RegExp }
  | { readonly openDataFolder: true }
  | { readonly backup: true };

const saveAs = (title: string, file: RegExp): Effect => ({ dialog: 'showSaveDialog', title, file });
const plan = (ext: string) => saveAs('Export the hiring plan', new RegExp(`^gapwise-plan-northwind-retail\\.${ext}$`));
const doc = (what: string, stem: string, ext: string) =>
  saveAs(`Export the ${what}`, new RegExp(`^gapwise-${stem}-northwind-retail\\.${ext}$`));
const team = (ext: string) => saveAs('Export the team matrix', new RegExp(`^gapwise-team-northwind-retail\\.${ext}$`));

/** Keyed by the labels from the menu bar down; the test fails if the menu has an item not listed here. */
const EFFECTS: Record<string, Effect> = {
  'File › Import framework…': { dialog: 'showOpenDialog', title: 'Import a framework' },
  'File › Export plan › Summary for leadership (PDF)…': doc('summary for leadership', 'summary', 'pdf'),
  'File › Export plan › Summary for leadership (Markdown)…': doc('summary for leadership', 'summary', 'md'),
  'File › Export plan › Job briefs (PDF)…': doc('job briefs', 'job-briefs', 'pdf'),
  'File › Export plan › Job briefs (Markdown)…': doc('job briefs', 'job-briefs', 'md'),
  'File › Export plan › Internal detail, with names (PDF)…': doc(
    'internal detail (personal data)',
    'plan-detail',
    'pdf',
  ),
  'File › Export plan › Internal detail, with names (Markdown)…': doc(
    'internal detail (personal data)',
    'plan-detail',
    'md',
  ),
  'File › Export plan › Full report as CSV…': plan('csv'),
  'File › Export plan › Full report as JSON…': plan('json'),
  'File › Export plan › Full report as Excel…': plan('xlsx'),
  'File › Import team from a spreadsheet…': { page: 'import-team' },
  'File › Export team matrix › Excel…': team('xlsx'),
  'File › Export team matrix › CSV…': team('csv'),
  'File › Save all data to a file…': saveAs('Save all Gapwise data', /^gapwise-data-northwind-retail-[\d-]{10}\.json$/),
  'File › Import all data from a file…': { page: 'import-data' },
  'File › Back up now': { backup: true },
  'File › Restore from backup…': { page: 'restore-backup' },
  'File › Open data folder': { openDataFolder: true },
  'Help › Keyboard shortcuts': { page: 'show-shortcuts' },
};

function clickablePaths(items: MenuItemView[], above: string[] = []): string[][] {
  return items.flatMap((item) => {
    const path = [...above, item.label ?? item.role ?? '?'];
    if (item.submenu) return clickablePaths(item.submenu, path);
    return item.clickable ? [path] : [];
  });
}

const whats = (caused: JournalEntry[]) => caused.map((entry) => entry.what);

describe('the application menu of the built main process', () => {
  const start = useMainProcess();

  it('runs every command: page commands, dialogs, the data folder and a backup', async () => {
    const main = await start();
    await main.ready();
    const paths = clickablePaths((await main.world()).menu ?? []);
    expect(paths.map((path) => path.join(' › ')).sort()).toEqual(Object.keys(EFFECTS).sort());

    for (const path of paths) {
      const name = path.join(' › ');
      const effect = EFFECTS[name];
      const mark = lastSeq(await main.world());
      const backupsBefore = readdirOrEmpty(join(main.dataDir, 'backups'));
      await main.click(path);
      const world = await main.world();
      const caused = since(world, mark);
      const [, done] = caused;

      if (effect && 'page' in effect) {
        expect(whats(caused), name).toEqual(['menu click', 'webContents.send']);
        expect(done, name).toMatchObject({ window: 1, channel: 'menu:command', payload: { command: effect.page } });
      } else if (effect && 'dialog' in effect) {
        expect(whats(caused), name).toEqual(['menu click', `dialog.${effect.dialog}`]);
        const options = done?.['options'] as { title: string; defaultPath?: string };
        // Attached to the main window, so it is modal to it rather than lost behind it.
        expect(done, name).toMatchObject({ window: 1, options: { title: effect.title } });
        if (effect.file) {
          expect(options.defaultPath?.startsWith(`${main.documentsDir}/`), name).toBe(true);
          expect(options.defaultPath?.slice(main.documentsDir.length + 1), name).toMatch(effect.file);
        }
      } else if (effect && 'openDataFolder' in effect) {
        expect(whats(caused), name).toEqual(['menu click', 'shell.openPath']);
        expect(done, name).toMatchObject({ path: main.dataDir });
      } else if (effect && 'backup' in effect) {
        expect(whats(caused), name).toEqual(['menu click', 'dialog.showMessageBox']);
        const added = readdirOrEmpty(join(main.dataDir, 'backups')).filter((file) => !backupsBefore.includes(file));
        expect(added, name).toEqual([expect.stringMatching(/^data-.+\.json$/)]);
        const backup = join(main.dataDir, 'backups', added[0] ?? '');
        expect(readFileSync(backup, 'utf8')).toBe(readFileSync(join(main.dataDir, 'gapwise-data.json'), 'utf8'));
        expect(done, name).toMatchObject({
          options: { message: 'Backup saved', detail: `${added[0]} in ${join(main.dataDir, 'backups')}` },
        });
      } else {
        throw new Error(`no expected effect for ${name}`);
      }
    }
    expectRulesKept(await main.world());
  });

  it('with a file chosen, exports write it, PDF through a hidden locked-down window', async () => {
    const main = await start();
    await main.ready();
    const markdown = join(main.documentsDir, 'plan.md');
    await main.answer({ save: { canceled: false, filePath: markdown } });
    await main.click(['File', 'Export plan', 'Summary for leadership (Markdown)…']);
    expect(readFileSync(markdown, 'utf8')).toContain('Northwind Retail');

    const pdf = join(main.documentsDir, 'plan.pdf');
    await main.answer({ save: { canceled: false, filePath: pdf } });
    const mark = lastSeq(await main.world());
    await main.click(['File', 'Export plan', 'Summary for leadership (PDF)…']);
    const world = await main.world();
    const [printer] = entries(world, 'new BrowserWindow').filter((entry) => entry.seq > mark);
    const printerOptions = printer?.['options'] as { show: boolean; webPreferences: Record<string, unknown> };
    expect(printerOptions.show).toBe(false);
    expect(printerOptions.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true });
    expect(printerOptions.webPreferences).not.toHaveProperty('preload');
    expect(whats(since(world, mark).filter((entry) => entry['window'] === printer?.['window']))).toEqual([
      'new BrowserWindow',
      'window.loadURL',
      'page loaded',
      'webContents.printToPDF',
      'window.destroy',
      'window closed',
    ]);
    expect(readFileSync(pdf, 'utf8')).toBe('%PDF-1.7 stand-in\n');
    expect(world.windows.map((window) => window.id)).toEqual([1]);
    expect(entries(world, 'dialog.showErrorBox')).toEqual([]);
  });

  it('Import framework… with a file chosen sends the changed data to the page', async () => {
    const main = await start();
    await main.ready();
    const framework = join(main.documentsDir, 'framework.json');
    writeFileSync(framework, JSON.stringify(builtinFramework()));
    await main.answer({ open: { canceled: false, filePaths: [framework] } });
    await main.click(['File', 'Import framework…']);
    const sent = sentToPage(await main.world());
    expect(sent).toEqual([{ channel: 'data:changed', payload: expect.objectContaining({ gapwiseData: 'whole' }) }]);
  });

  it('a data folder the OS cannot open is reported, not ignored', async () => {
    const main = await start();
    await main.ready();
    await main.answer({ openPath: 'No application knows how to open this folder' });
    const mark = lastSeq(await main.world());
    await main.click(['File', 'Open data folder']);
    const caused = since(await main.world(), mark);
    expect(whats(caused)).toEqual(['menu click', 'shell.openPath', 'dialog.showErrorBox']);
    expect(caused[2]).toMatchObject({
      title: 'Opening the data folder failed',
      content: 'the data folder could not be opened: No application knows how to open this folder',
    });
  });
});

function readdirOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
