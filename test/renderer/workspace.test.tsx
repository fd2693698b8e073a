import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import { createWorkspaceStore } from '../../renderer/src/state/workspace';
import { fakeApi } from './fake-api';
import { byText, render, type Rendered, settle, inWorkspace } from './render';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function renderWith(fake: ReturnType<typeof fakeApi>) {
  view = await render(inWorkspace(createWorkspaceStore(fake.api), <App />));
  await settle();
  return view;
}

describe('workspace: data from the main process', () => {
  it('first run shows the sample team banner; one action clears it, shown only after main acknowledged', async () => {
    const fake = fakeApi();
    const { container } = await renderWith(fake);
    const banner = byText(container, 'h2', 'This is a sample team').closest('section')!;
    expect(banner.textContent).toContain('Northwind Retail and its 8 members');
    const clear = byText(banner, 'button', 'Clear the sample team');
    await act(async () => clear.click());
    await settle();
    expect(fake.api.clearSample).toHaveBeenCalledOnce();
    expect(fake.current().sample).toBe(false);
    expect(container.textContent).not.toContain('This is a sample team');
  });

  it('shows a refused request in place with the field, and keeps what was shown', async () => {
    const fake = fakeApi();
    fake.refuse('clearSample', { code: 'io-error', message: 'the disk is full', path: '' });
    const { container } = await renderWith(fake);
    await act(async () => byText(container, 'button', 'Clear the sample team').click());
    await settle();
    const alert = byText(container, 'h2', 'The sample team was not cleared').closest('[role="alert"]')!;
    expect(alert.textContent).toContain('the disk is full');
    expect(container.textContent).toContain('This is a sample team');
    await act(async () => byText(alert as HTMLElement, 'button', 'Dismiss').click());
    expect(container.textContent).not.toContain('The sample team was not cleared');
  });

  it('tells the user about a recovery: the reason, where the file went, which backup', async () => {
    const fake = fakeApi({
      recovery: {
        reason: 'gapwise-data.json: members[2].fte: expected number, received string',
        quarantinedTo: '/data/gapwise-data.json.corrupt-2026-11-23T10-00-00Z',
        restoredFrom: 'data-2026-11-22T09-00-00.000Z.json',
      },
    });
    const { container } = await renderWith(fake);
    const alert = byText(container, 'h2', 'Your data file could not be read, so Gapwise recovered').closest('section')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('members[2].fte');
    expect(alert.textContent).toContain('/data/gapwise-data.json.corrupt-2026-11-23T10-00-00Z');
    expect(alert.textContent).toContain('restored from the backup data-2026-11-22T09-00-00.000Z.json');
  });

  it('a recovery announced later by main is shown too', async () => {
    const fake = fakeApi();
    const { container } = await renderWith(fake);
    await act(async () =>
      fake.emit('store:recovered', { reason: 'truncated', quarantinedTo: '/q', restoredFrom: null }),
    );
    expect(container.textContent).toContain('No valid backup was found');
  });

  it('lists backups and restores one after confirmation', async () => {
    const fake = fakeApi({
      backups: [{ name: 'sample', createdAt: '2026-11-22T09:00:00.000Z', bytes: 20480 }],
    });
    const { container } = await renderWith(fake);
    await act(async () => byText(container, 'button', 'Backups').click());
    await settle();
    const dialog = container.querySelector('dialog')!;
    expect(dialog.textContent).toContain('20 KB');
    window.confirm = () => true;
    await act(async () => byText(dialog, 'button', 'Restore').click());
    await settle();
    expect(fake.api.restoreBackup).toHaveBeenCalledWith({ name: 'sample' });
  });

  it('backs up now from the backups dialog', async () => {
    const fake = fakeApi({ backups: [] });
    const { container } = await renderWith(fake);
    await act(async () => byText(container, 'button', 'Backups').click());
    await settle();
    await act(async () => byText(container.querySelector('dialog')!, 'button', 'Back up now').click());
    await settle();
    expect(fake.api.backupNow).toHaveBeenCalledExactlyOnceWith({});
  });

  it('shows the version from the main process', async () => {
    const fake = fakeApi();
    Object.defineProperty(window, 'gapwise', { value: fake.api, configurable: true });
    try {
      const { container } = await renderWith(fake);
      expect(container.querySelector('footer')?.textContent).toContain('Gapwise 9.8.7');
    } finally {
      Reflect.deleteProperty(window, 'gapwise');
    }
  });

  it('shows an error in the view that started its operation, and only there', async () => {
    const fake = fakeApi();
    fake.refuse('exportPlan', { code: 'io-error', message: 'the disk is full', path: '' });
    fake.refuse('clearSample', { code: 'io-error', message: 'the backup folder is read-only', path: '' });
    view = await render(inWorkspace(createWorkspaceStore(fake.api), <App initialScreen="plan" />));
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
      'the backup folder is read-only',
    );
    expect(plan.textContent).not.toContain('read-only');
    // Each keeps its own: the plan's error is still shown beside the plan.
    expect(plan.textContent).toContain('the disk is full');
  });
});
