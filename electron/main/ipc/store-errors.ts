import type { IpcError } from '../../../shared/ipc';
import { BackupError, StoreValidationError, StoreWriteError } from '../store';

/** The store's deliberate refusals, as the typed errors the renderer shows. */
export function mapStoreError(error: unknown): IpcError | undefined {
  if (error instanceof StoreValidationError)
    return { code: 'invalid-request', message: error.message, path: error.path };
  if (error instanceof StoreWriteError) {
    return { code: 'io-error', message: `the change could not be saved: ${error.message}`, path: '' };
  }
  // A backup name that is not one, a backup that is gone, or one that cannot be restored.
  if (error instanceof BackupError) {
    return { code: error.code === 'not-found' ? 'not-found' : 'invalid-request', message: error.message, path: '' };
  }
  return undefined;
}
