import type { ImportMode, SheetLayout } from '@shared/interchange/types';
import type { MatrixRead, SavedFile } from '@shared/ipc';
import type { WorkspaceStore } from './workspace';

/*
 * The few actions that are more than one request: they remember something for an undo, or
 * follow a request with another. Everything else is `request(channel, payload)` directly.
 */

/** How an export ended: written (see lastExport), cancelled in the save dialog, or failed (see its error). */
export type ExportOutcome = 'saved' | 'cancelled' | 'failed';

export const exportOutcome = (saved: SavedFile | null | undefined): ExportOutcome =>
  saved === undefined ? 'failed' : saved === null ? 'cancelled' : 'saved';

/** Deletes a member and keeps it so the deletion can be undone. */
export async function deleteMember(store: WorkspaceStore, memberId: string): Promise<boolean> {
  const member = store.getState().data?.members.find((m) => m.id === memberId) ?? null;
  const deleted = (await store.getState().request('member:delete', { memberId })) !== undefined;
  if (deleted) store.setState({ lastDeleted: member });
  return deleted;
}

/** Saves the last deleted member again. */
export async function undoDelete(store: WorkspaceStore): Promise<boolean> {
  const member = store.getState().lastDeleted;
  if (!member) return false;
  const restored = (await store.getState().request('member:save', { member })) !== undefined;
  if (restored) store.setState({ lastDeleted: null });
  return restored;
}

/** Restores a backup, then lists the backups again (restoring makes one). */
export async function restoreBackup(store: WorkspaceStore, name: string): Promise<boolean> {
  const restored =
    (await store.getState().request('backup:restore', { name }, { title: 'The backup was not restored' })) !==
    undefined;
  if (restored) await store.getState().request('backup:list', {}, { title: 'The backups could not be listed' });
  return restored;
}

/** Asks main to open and read a spreadsheet; null when cancelled, undefined when it failed. */
export async function readMatrix(store: WorkspaceStore): Promise<MatrixRead | null | undefined> {
  store.setState({ importProgress: null });
  try {
    return await store.getState().request('matrix:read', {}, { title: 'The spreadsheet could not be read' });
  } finally {
    store.setState({ importProgress: null });
  }
}

/** Imports the read sheet and keeps what was done so it can be undone. */
export async function importTeam(
  store: WorkspaceStore,
  request: { token: string; layout: SheetLayout; mode: ImportMode },
  source: string,
): Promise<boolean> {
  const done = await store.getState().request('team:import', request, { title: 'Nothing was imported' });
  if (!done) return false;
  const { data: _data, ...rest } = done;
  store.setState({ lastImport: { ...rest, source } });
  return true;
}

/** Reads a Gapwise data file (dialog in main) and keeps what was done so it can be undone. */
export async function importAllData(store: WorkspaceStore, mode: ImportMode): Promise<boolean> {
  const done = await store.getState().request('data:importAll', { mode }, { title: 'Nothing was imported' });
  if (!done) return false;
  const { data: _data, ...rest } = done;
  store.setState({ lastImport: { ...rest, source: 'a Gapwise data file' } });
  return true;
}

/** Restores the backup taken just before the last import. */
export async function undoImport(store: WorkspaceStore): Promise<boolean> {
  const last = store.getState().lastImport;
  if (!last) return false;
  const restored =
    (await store
      .getState()
      .request('backup:restore', { name: last.undoBackup }, { title: 'The import was not undone' })) !== undefined;
  if (restored) store.setState({ lastImport: null });
  return restored;
}
