import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTROL_CHAR } from '@shared/encode/control';
import { readXlsx } from '@shared/interchange/read-xlsx';
import { matrixColumns } from '@shared/interchange/write-matrix';
import { App } from '@renderer/App';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { mainInMemory } from './main-in-memory';
import { choosing, closeDialog, importButton, openDialog, workbook } from './import-dialog';
import { byText, render, type Rendered, setValue, settle, inWorkspace } from './render';

let view: Rendered | undefined;
afterEach(() => {
  closeDialog();
  view?.unmount();
  view = undefined;
});

describe('importing a skills matrix', () => {
  it('shows each column with what it was matched to, and a preview of every row', async () => {
    const { container } = await openDialog();
    const columns = container.querySelector('.import__columns')!;
    const row = (header: string) => byText(columns, 'th', header).closest('tr')!;
    expect(row('Spark').querySelector('select')!.value).toBe('skill:big-data-technologies');
    expect(row('Spark').textContent).toContain('Another name of the skill');
    expect(row('Squad').querySelector('select')!.value).toBe('productTeam');
    expect(row('Coffee').querySelector('select')!.value).toBe('ignore');
    expect(row('Coffee').className).toBe('import__unmatched');
    expect(container.querySelector('.import__counts')!.textContent).toBe('2 people ready, 1 row left out.');
    expect(importButton(container).textContent).toBe('Import 2 people');
    expect(importButton(container).disabled).toBe(false);
  });

  it('a label that is not a level holds the import until it is mapped', async () => {
    const { container } = await openDialog(choosing(workbook('Guru')));
    expect(container.querySelector('.import__errors')!.textContent).toContain('Row 4 ("Ada Quinn"), column "Spark"');
    expect(importButton(container).disabled).toBe(true);
    const label = container.querySelector<HTMLSelectElement>('select[aria-label=\'Level for "guru"\']')!;
    await setValue(label, '4');
    expect(container.querySelector('.import__errors')).toBeNull();
    expect(importButton(container).disabled).toBe(false);
  });

  it('a name holding control characters is a row error that shows them, not an import', async () => {
    const book = workbook();
    // As a workbook stores ESC and BEL: Office's _xHHHH_ escapes, which the reader decodes.
    book.sheets[0]!.rows[3]![0] = 'Ana_x001B_]0;pwned_x0007_ Lima';
    const { container } = await openDialog(choosing(book));
    const errors = container.querySelector('.import__errors')!.textContent!;
    expect(errors).toContain('column "Name": name: must not hold control characters or line breaks (found ␛)');
    expect(errors).not.toMatch(CONTROL_CHAR);
    expect(importButton(container).disabled).toBe(true);
  });

  it('without a role column, rows wait for the role the user gives them', async () => {
    const noRoles = workbook();
    noRoles.sheets[0]!.rows = noRoles.sheets[0]!.rows.map((row) => row.filter((_, i) => i !== 1));
    const { container } = await openDialog(choosing(noRoles));
    expect(container.querySelector('.import__errors')!.textContent).toContain('no column gives the role');
    expect(importButton(container).disabled).toBe(true);
    const role = byText(container, '.import__field span', 'Default role, for people the file gives none')
      .closest('label')!
      .querySelector('select')!;
    await setValue(role, 'data-engineer');
    expect(container.querySelector('.import__errors')).toBeNull();
    expect(importButton(container).disabled).toBe(false);
  });

  it('a column mapped by hand is read as the user says', async () => {
    const { container } = await openDialog();
    const coffee = byText(container.querySelector('.import__columns')!, 'th', 'Coffee').closest('tr')!;
    await setValue(coffee.querySelector('select')!, 'skill:data-storytelling');
    // "yes" and "no" are not levels: the preview now says so for both rows.
    expect(container.querySelector('.import__errors')!.textContent).toContain('column "Coffee"');
    expect(importButton(container).disabled).toBe(true);
  });

  it('imports by merge, and Undo puts the team back as it was', async () => {
    const main = await choosing(workbook());
    const workspace = createWorkspaceStore(main.api);
    await workspace.getState().load();
    const before = main.current();
    view = await render(inWorkspace(workspace, <App initialScreen="team" />));
    await settle();
    await act(async () => byText(view!.container, 'button', 'Import…').click());
    await settle();
    await act(async () => importButton(view!.container).click());
    await settle();
    expect(main.api.importTeam).toHaveBeenCalledOnce();
    expect(main.current().members).toHaveLength(before.members.length + 1);
    const notice = byText(view.container, 'h2', 'Imported from skills.xlsx').closest('section')!;
    expect(notice.textContent).toContain('1 person added, 1 person updated.');
    await act(async () => byText(notice, 'button', 'Undo import').click());
    await settle();
    const imported = main.process.calls.find((c) => c.channel === 'team:import')!.result;
    expect(main.api.restoreBackup).toHaveBeenCalledWith({
      name: (imported as { ok: true; value: { undoBackup: string } }).value.undoBackup,
    });
    expect(main.current()).toEqual(before);
    expect(view.container.textContent).not.toContain('Imported from skills.xlsx');
  });

  it('a file main cannot read is explained in the dialog, and not again once it is closed', async () => {
    // Excel saves a workbook with a password as a compound file holding an EncryptedPackage stream.
    const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const stream = Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]);
    const main = await choosing(new Uint8Array([...cfb, ...new Array<number>(504).fill(0), ...stream]));
    const workspace = createWorkspaceStore(main.api);
    await workspace.getState().load();
    view = await render(inWorkspace(workspace, <App initialScreen="team" />));
    await settle();
    await act(async () => byText(view!.container, 'button', 'Import…').click());
    await settle();
    const dialog = view.container.querySelector('dialog[aria-labelledby="import-title"]')!;
    expect(dialog.querySelector('[role="alert"]')!.textContent).toBe(
      'skills.xlsx: the workbook is password-protected; save a copy without the password and import that',
    );
    await act(async () => byText(dialog, 'button', 'Cancel').click());
    expect(view.container.querySelector('dialog[aria-labelledby="import-title"]')).toBeNull();
    expect(view.container.textContent).not.toContain('password-protected');
  });

  it('a cancelled file dialog closes without a word, and Cancel sends nothing', async () => {
    const cancelled = await openDialog(mainInMemory());
    expect(cancelled.closed()).toBe(1);
    closeDialog();
    const { main, container, closed } = await openDialog();
    await act(async () => byText(container, 'button', 'Cancel').click());
    expect(closed()).toBe(1);
    expect(main.api.importTeam).not.toHaveBeenCalled();
  });
});

describe('exporting the team', () => {
  it('Export Excel… and Export CSV… save through main and say where', async () => {
    const main = await mainInMemory({ saves: ['/exports/gapwise-team.xlsx'] });
    const workspace = createWorkspaceStore(main.api);
    await workspace.getState().load();
    view = await render(inWorkspace(workspace, <App initialScreen="team" />));
    await settle();
    const group = view.container.querySelector<HTMLElement>('[aria-label="Export the team"]')!;
    await act(async () => byText(group, 'button', 'Export Excel…').click());
    await settle();
    expect(main.api.exportTeam).toHaveBeenLastCalledWith({ format: 'xlsx' });
    expect(group.querySelector('[role="status"]')!.textContent).toBe('Saved to /exports/gapwise-team.xlsx');
    await act(async () => byText(group, 'button', 'Export CSV…').click());
    await settle();
    expect(main.api.exportTeam).toHaveBeenLastCalledWith({ format: 'csv' });
  });

  it('Download a blank matrix… saves the template through main, also for an empty team, and says where', async () => {
    const main = await mainInMemory({ saves: [null, '/exports/blank.xlsx'] });
    const workspace = createWorkspaceStore(main.api);
    await workspace.getState().load();
    await workspace.getState().request('team:clearSample', {});
    view = await render(inWorkspace(workspace, <App initialScreen="team" />));
    await settle();
    const group = view.container.querySelector<HTMLElement>('[aria-label="Export the team"]')!;
    // No one to export, but a blank matrix to fill in.
    expect((byText(group, 'button', 'Export Excel…') as HTMLButtonElement).disabled).toBe(true);
    expect((byText(group, 'button', 'Export CSV…') as HTMLButtonElement).disabled).toBe(true);
    const download = byText(group, 'button', 'Download a blank matrix…') as HTMLButtonElement;
    expect(download.disabled).toBe(false);
    const status = group.querySelector('[role="status"]')!;
    await act(async () => download.click());
    await settle();
    expect(status.textContent).toBe('Export cancelled.');
    await act(async () => download.click());
    await settle();
    expect(main.api.saveMatrixTemplate).toHaveBeenLastCalledWith({});
    expect(status.textContent).toBe('Saved to /exports/blank.xlsx');
    const saved = await readXlsx(await main.disk.readFile('/exports/blank.xlsx'), 'blank.xlsx');
    expect(saved.sheets[0]!.rows).toEqual([matrixColumns(main.current().framework).header]);
  });
});
