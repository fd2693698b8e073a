import { describe, expect, it } from 'vitest';
import type { IpcResult } from '@shared/ipc';
import { anyPending, operationOf } from '@renderer/state/operations';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { EXPORTS_DIR, mainInMemory } from './main-in-memory';

/** A promise and the function that settles it, so a test decides when main answers. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the request runner', () => {
  it('two overlapping requests keep their own pending state: the first to finish does not clear the second', async () => {
    const main = await mainInMemory();
    const store = createWorkspaceStore(main.api);
    await store.getState().load();
    const saveAnswer = deferred<IpcResult<null>>();
    const exportAnswer = deferred<IpcResult<{ file: string }>>();
    main.api.openDataFolder.mockImplementation(() => saveAnswer.promise);
    main.api.exportPlan.mockImplementation(() => exportAnswer.promise);

    const first = store.getState().request('app:openDataFolder', {});
    const second = store.getState().request('plan:export', { format: 'csv' });
    const ops = () => store.getState().operations;
    expect(anyPending(ops(), ['app:openDataFolder'])).toBe(true);
    expect(anyPending(ops(), ['plan:export'])).toBe(true);

    saveAnswer.resolve({ ok: true, value: null });
    await first;
    expect(anyPending(ops(), ['app:openDataFolder'])).toBe(false);
    expect(anyPending(ops(), ['plan:export'])).toBe(true);

    exportAnswer.resolve({ ok: true, value: { file: '/exports/plan.csv' } });
    await expect(second).resolves.toEqual({ file: '/exports/plan.csv' });
    expect(anyPending(ops(), ['plan:export'])).toBe(false);
    expect(store.getState().lastExport).toEqual({ file: '/exports/plan.csv' });
  });

  it('two overlapping requests on the same channel stay pending until both are answered', async () => {
    const main = await mainInMemory();
    const store = createWorkspaceStore(main.api);
    const answers = [deferred<IpcResult<null>>(), deferred<IpcResult<null>>()];
    let call = 0;
    main.api.openDataFolder.mockImplementation(() => answers[call++]!.promise);
    const first = store.getState().request('app:openDataFolder', {});
    const second = store.getState().request('app:openDataFolder', {});
    answers[0]!.resolve({ ok: true, value: null });
    await first;
    expect(operationOf(store.getState().operations, 'app:openDataFolder').pending).toBe(1);
    answers[1]!.resolve({ ok: true, value: null });
    await second;
    expect(operationOf(store.getState().operations, 'app:openDataFolder').pending).toBe(0);
  });

  it('a refused request is its own channel’s error, titled with what did not happen, and nobody else’s', async () => {
    const main = await mainInMemory();
    const store = createWorkspaceStore(main.api);
    await store.getState().load();
    main.disk.fail(EXPORTS_DIR, 'ENOSPC');
    await expect(
      store.getState().request('plan:export', { format: 'md' }, { title: 'The plan was not exported' }),
    ).resolves.toBeUndefined();
    expect(operationOf(store.getState().operations, 'plan:export').error).toEqual({
      code: 'io-error',
      message: '/exports/gapwise-plan-northwind-retail.md could not be written: the disk is full',
      path: '',
      title: 'The plan was not exported',
    });
    expect(operationOf(store.getState().operations, 'member:save').error).toBeNull();
    store.getState().dismissError('plan:export');
    expect(operationOf(store.getState().operations, 'plan:export').error).toBeNull();
  });

  it('takes in the data an answer carries, whether the answer is the data or holds it', async () => {
    const main = await mainInMemory();
    const store = createWorkspaceStore(main.api);
    await store.getState().load();
    expect(store.getState().data).toEqual(main.current());
    await store.getState().request('team:clearSample', {});
    expect(store.getState().data).toEqual(main.current());
    expect(store.getState().data!.sample).toBe(false);
  });

  it('without the main process every request fails with an explanation, and ends not pending', async () => {
    const store = createWorkspaceStore(undefined);
    await expect(store.getState().request('member:delete', { memberId: 'x' })).resolves.toBeUndefined();
    const status = operationOf(store.getState().operations, 'member:delete');
    expect(status.pending).toBe(0);
    expect(status.error?.message).toMatch(/without its main process/);
  });
});
