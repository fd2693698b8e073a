import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher, type Dispatch } from '@main/ipc/dispatcher';
import { createHandlers, type HandlerDeps } from '@main/ipc/handlers';
import { mapStoreError } from '@main/ipc/store-errors';
import { openStore, type AppStore } from '@main/store';
import { initialData } from '@shared/data';
import { testHandlerDeps } from '../electron/ipc/test-deps';
import { builtinFramework, sampleTeam } from './fixtures';

/** The page URL the dispatcher trusts here. */
export const APP_URL = 'app://gapwise/index.html';

export interface AppOnTempStore {
  dir: string;
  store: AppStore;
  deps: HandlerDeps;
  dispatch: Dispatch;
}

/**
 * Main's real dispatcher, handlers and store (the sample team on the built-in framework) in
 * a fresh temp folder, trusting only APP_URL; the dialogs answer what `dialogs` holds when asked.
 */
export async function openAppOnTempStore(
  prefix: string,
  dialogs: { open: () => string | null; save: () => string | null },
): Promise<AppOnTempStore> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const { store } = await openStore({ dir, initial: () => initialData(sampleTeam(), builtinFramework()) });
  const deps = testHandlerDeps(store, dialogs);
  const dispatch = createDispatcher({
    handlers: createHandlers(deps),
    isTrustedSender: (url) => url === APP_URL,
    mapError: mapStoreError,
  });
  return { dir, store, deps, dispatch };
}

/** Writes what is pending and removes the folder. */
export async function closeAppOnTempStore({ dir, store }: Pick<AppOnTempStore, 'dir' | 'store'>): Promise<void> {
  await store.flush();
  await rm(dir, { recursive: true, force: true });
}
