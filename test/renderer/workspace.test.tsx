import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { firstRunData } from '../../electron/main/startup';
import { App } from '@renderer/App';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { versionOneFileWithControls } from '../support/version-one-file';
import { versionTwoFile } from '../support/version-two-file';
import { DATA_DIR, EXPORTS_DIR, mainInMemory, type MainInMemory } from './main-in-memory';
import { byText, render, type Rendered, settle, inWorkspace } from './render';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function renderWith(main: MainInMemory) {
  view = await render(inWorkspace(createWorkspaceStore(main.api), <App />));
  await settle();
  return view;
}

describe('workspace: data from the main process', () => {
  it('first run shows the sample team banner; one action clears it, shown only after main acknowledged', async () => {
    const main = await mainInMemory();
    const { container } = await renderWith(main);
    const banner = byText(container, 'h2', 'This is a sample team').closest('section')!;
    expect(banner.textContent).toContain('Northwind Retail and its 8 members');
    const clear = byText(banner, 'button', 'Clear the sample team');
    await act(async () => clear.click());
    await settle();
    expect(main.api.clearSample).toHaveBeenCalledOnce();
    expect(main.current().sample).toBe(false);
    expect(container.textContent).not.toContain('This is a sample team');
  });

  it('shows a refused request in place with the field, and keeps what was shown', async () => {
    const main = await mainInMemory();
    main.disk.fail(DATA_DIR, 'ENOSPC');
    const { container } = await renderWith(main);
    await act(async () => byText(container, 'button', 'Clear the sample team').click());
    await settle();
    const alert = byText(container, 'h2', 'The sample team was not cleared').closest('[role="alert"]')!;
    expect(alert.textContent).toContain('the disk is full');
    expect(container.textContent).toContain('This is a sample team');
    await act(async () => byText(alert as HTMLElement, 'button', 'Dismiss').click());
    expect(container.textContent).not.toContain('The sample team was not cleared');
  });

  it('tells the user about a recovery: the reason, where the file went, which backup', async () => {
    // A data file whose third member's FTE is text, and yesterday's backup.
    const data = firstRunData();
    const corrupt = { ...data, members: data.members.map((m, i) => (i === 2 ? { ...m, fte: '1' } : m)) };
    const main = await mainInMemory({
      files: {
        '/data/gapwise-data.json': JSON.stringify(corrupt),
        '/data/backups/data-2026-11-22T09-00-00.000Z.json': JSON.stringify(data),
      },
      now: () => new Date('2026-11-23T10:00:00Z'),
    });
    const { container } = await renderWith(main);
    const alert = byText(container, 'h2', 'Your data file could not be read, so Gapwise recovered').closest('section')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('members[2].fte');
    expect(alert.textContent).toContain('/data/gapwise-data.json.corrupt-2026-11-23T10-00-00.000Z');
    expect(alert.textContent).toContain('restored from the backup data-2026-11-22T09-00-00.000Z.json');
  });

  it('after upgrading an older data file, lists the text it cleaned', async () => {
    const main = await mainInMemory({
      files: { '/data/gapwise-data.json': JSON.stringify(versionOneFileWithControls()) },
    });
    const { container } = await renderWith(main);
    const notice = byText(container, 'h2', 'Gapwise upgraded your data file: 9 changes').closest('section')!;
    expect(notice.textContent).toContain('"Ana␛[2J Lima" is now "Ana[2J Lima"');
    expect(main.current().members[0]!.name).toBe('Ana[2J Lima');
    await act(async () => byText(notice as HTMLElement, 'button', 'Dismiss').click());
    expect(container.textContent).not.toContain('Gapwise upgraded');
  });

  it('after upgrading a file with the built-in framework 1.0.0, says the built-in framework now has the new roles and job titles', async () => {
    const main = await mainInMemory({ files: { '/data/gapwise-data.json': JSON.stringify(versionTwoFile()) } });
    const { container } = await renderWith(main);
    const notice = byText(container, 'h2', 'Gapwise upgraded your data file: 2 changes').closest('section')!;
    expect(notice.textContent).toContain('The built-in framework is now version 1.1.0');
    expect(notice.textContent).toContain('ML engineer, Analytics engineer and Data analyst / BI developer');
    expect(notice.textContent).toContain('The built-in framework is now version 1.2.0: each role lists the job titles');
    expect(main.current().framework.version).toBe('1.2.0');
  });

  it('a recovery announced later by main is shown too', async () => {
    const main = await mainInMemory();
    const { container } = await renderWith(main);
    await act(async () =>
      main.emit('store:recovered', { reason: 'truncated', quarantinedTo: '/q', restoredFrom: null }),
    );
    expect(container.textContent).toContain('No valid backup was found');
  });

  it('lists backups and restores one after confirmation', async () => {
    // A data file of two people, 48 KB with the blank space after it, which main backs up as it opens it.
    const data = firstRunData();
    const small = JSON.stringify({ ...data, members: data.members.slice(0, 2), scenarios: [] });
    const main = await mainInMemory({
      files: { '/data/gapwise-data.json': small.padEnd(48 * 1024, ' ') },
      now: () => new Date('2026-11-22T09:00:00Z'),
    });
    const { container } = await renderWith(main);
    await act(async () => byText(container, 'button', 'Backups').click());
    await settle();
    const dialog = container.querySelector('dialog')!;
    expect(dialog.textContent).toContain('48 KB');
    window.confirm = () => true;
    await act(async () => byText(dialog, 'button', 'Restore').click());
    await settle();
    expect(main.api.restoreBackup).toHaveBeenCalledWith({ name: 'data-2026-11-22T09-00-00.000Z.json' });
  });

  it('backs up now from the backups dialog', async () => {
    const main = await mainInMemory();
    const { container } = await renderWith(main);
    await act(async () => byText(container, 'button', 'Backups').click());
    await settle();
    await act(async () => byText(container.querySelector('dialog')!, 'button', 'Back up now').click());
    await settle();
    expect(main.api.backupNow).toHaveBeenCalledExactlyOnceWith({});
  });

  it('shows the version from the main process', async () => {
    const main = await mainInMemory({ appVersion: '9.8.7' });
    Object.defineProperty(window, 'gapwise', { value: main.api, configurable: true });
    try {
      const { container } = await renderWith(main);
      expect(container.querySelector('footer')?.textContent).toContain('Gapwise 9.8.7');
    } finally {
      Reflect.deleteProperty(window, 'gapwise');
    }
  });

  it('shows an error in the view that started its operation, and only there', async () => {
    const main = await mainInMemory();
    main.disk.fail(EXPORTS_DIR, 'ENOSPC');
    main.disk.fail(DATA_DIR, 'EROFS');
    view = await render(inWorkspace(createWorkspaceStore(main.api), <App initialScreen="plan" />));
    await settle();
    const { container } = view;
    const plan = container.querySelector<HTMLElement>('section.plan')!;
    const notices = container.querySelector<HTMLElement>('.notices')!;

    await act(async () => byText(plan, 'button', 'PDF').click());
    await settle();
    const planAlert = byText(plan, 'h2', 'The plan was not exported').closest('[role="alert"]')!;
    expect(planAlert.textContent).toContain('the disk is full');
    expect(notices.textContent).not.toContain('the disk is full');

    await act(async () => byText(notices, 'button', 'Clear the sample team').click());
    await settle();
    expect(byText(notices, 'h2', 'The sample team was not cleared').closest('[role="alert"]')!.textContent).toContain(
      'the disk is read-only (EROFS)',
    );
    expect(plan.textContent).not.toContain('read-only');
    // Each keeps its own: the plan's error is still shown beside the plan.
    expect(plan.textContent).toContain('the disk is full');
  });
});
