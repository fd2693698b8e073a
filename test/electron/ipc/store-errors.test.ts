import { describe, expect, it } from 'vitest';
import { createDispatcher } from '@main/ipc/dispatcher';
import { createHandlers } from '@main/ipc/handlers';
import { mapStoreError } from '@main/ipc/store-errors';
import { openStore, StoreWriteError, UnconfirmedWriteError } from '@main/store';
import { initialData } from '@shared/data';
import { failingFolders } from '../../support/failing-folders';
import { builtinFramework, sampleTeam } from '../../support/fixtures';
import { SimDisk } from '../../support/sim-disk';
import { testHandlerDeps } from './test-deps';

/* What the page is told when the data file cannot be written. */

const nodeError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('a data file that cannot be written, as the page is told', () => {
  it('says why in words, once, with the code after them', () => {
    const full = new StoreWriteError(nodeError('ENOSPC', 'ENOSPC: no space left on device, write'));
    expect(mapStoreError(full)).toEqual({
      code: 'io-error',
      message: 'the change could not be saved: the disk is full (ENOSPC)',
      path: '',
    });
    const readOnly = new StoreWriteError(nodeError('EROFS', "EROFS: read-only file system, open '/d/.x.1.ab.tmp'"));
    expect(mapStoreError(readOnly)?.message).toBe('the change could not be saved: the disk is read-only (EROFS)');
  });

  it("keeps Node's message for a cause it has no words for", () => {
    const io = new StoreWriteError(nodeError('EIO', 'EIO: i/o error, write'));
    expect(mapStoreError(io)?.message).toBe('the change could not be saved: EIO: i/o error, write');
  });

  it('does not say "could not be saved" of a change that was written but not confirmed', () => {
    const unconfirmed = new StoreWriteError(new UnconfirmedWriteError('/d/gapwise-data.json', new Error('EIO')));
    const message = mapStoreError(unconfirmed)?.message;
    expect(message).toMatch(/^the change was written, but the disk did not confirm it/);
    expect(message).not.toContain('could not be saved');
  });

  it('a save on a full disk is refused through the dispatcher, and nothing changes', async () => {
    const disk = failingFolders(new SimDisk());
    const { store } = await openStore({
      dir: '/data',
      ops: disk,
      initial: () => initialData(sampleTeam(), builtinFramework()),
      // The backup before the write fails too; the store carries on without it, as it should.
      onBackgroundError: () => undefined,
    });
    const dispatch = createDispatcher({
      handlers: createHandlers(testHandlerDeps(store, { open: () => null, save: () => null })),
      isTrustedSender: () => true,
      mapError: mapStoreError,
    });
    disk.fail('/data', 'ENOSPC');
    const result = await dispatch('team:clearSample', { senderFrame: { url: 'app://gapwise/index.html' } }, [{}]);
    expect(result).toEqual({
      ok: false,
      error: { code: 'io-error', message: 'the change could not be saved: the disk is full (ENOSPC)', path: '' },
    });
    expect(store.data().members).toHaveLength(sampleTeam().members.length);
  });
});
