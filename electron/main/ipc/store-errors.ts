import type { IpcError } from '@shared/ipc';
import { BackupError, StoreValidationError, StoreWriteError } from '../store';
import { writeFailure } from './files';

/**
 * Why the data file could not be written, as the page says it: in words, like a file the
 * user saves (writeFailure), with Node's code after them for whoever looks further. A cause
 * without words of its own keeps Node's message, which names its code already.
 */
function saveFailure(error: StoreWriteError): string {
  // Written but not confirmed: "could not be saved" would be untrue; the error says what happened.
  if (error.unconfirmed) return error.message;
  const cause = error.cause;
  const words = writeFailure(cause);
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const raw = cause instanceof Error ? cause.message : String(cause);
  return `the change could not be saved: ${words === raw || !code ? words : `${words} (${code})`}`;
}

/** The store's deliberate refusals, as the typed errors the renderer shows. */
export function mapStoreError(error: unknown): IpcError | undefined {
  if (error instanceof StoreValidationError)
    return { code: 'invalid-request', message: error.message, path: error.path };
  if (error instanceof StoreWriteError) return { code: 'io-error', message: saveFailure(error), path: '' };
  // A backup name that is not one, a backup that is gone, or one that cannot be restored.
  if (error instanceof BackupError) {
    return { code: error.code === 'not-found' ? 'not-found' : 'invalid-request', message: error.message, path: '' };
  }
  return undefined;
}
