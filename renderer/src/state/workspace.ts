import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppData } from '../../../shared/data';
import type { BackupInfo, GapwiseApi, IpcError, IpcResult, RecoveryNotice } from '../../../shared/ipc';

/*
 * The renderer's view of the stored data. The main process owns the data: every change is
 * a request through the preload API, and the store shows the data main sends back — so
 * nothing appears saved before main has acknowledged the durable write.
 */

export type LoadStatus = 'loading' | 'ready' | 'unavailable' | 'failed';

export interface WorkspaceState {
  status: LoadStatus;
  data: AppData | null;
  dataFile: string | null;
  recovery: RecoveryNotice | null;
  /** The last refused or failed request, shown where the user acted. */
  error: IpcError | null;
  /** A request is in flight (buttons show it and do not fire twice). */
  busy: boolean;
  backups: BackupInfo[] | null;

  load(): Promise<void>;
  clearSample(): Promise<boolean>;
  listBackups(): Promise<void>;
  backupNow(): Promise<void>;
  restoreBackup(name: string): Promise<boolean>;
  dismissRecovery(): void;
  dismissError(): void;
}

const UNAVAILABLE: IpcError = {
  code: 'internal',
  message: 'Gapwise is running without its main process, so nothing can be saved.',
  path: '',
};

export function createWorkspaceStore(api: GapwiseApi | undefined): StoreApi<WorkspaceState> {
  return createStore<WorkspaceState>()((set, get) => {
    /** Runs one request, tracks busy/error, and hands back the value (undefined when refused). */
    async function request<T>(run: (bridge: GapwiseApi) => Promise<IpcResult<T>>): Promise<T | undefined> {
      if (!api) {
        set({ error: UNAVAILABLE });
        return undefined;
      }
      set({ busy: true, error: null });
      try {
        const result = await run(api);
        if (!result.ok) {
          set({ error: result.error });
          return undefined;
        }
        return result.value;
      } catch (error) {
        set({ error: { code: 'internal', message: (error as Error).message, path: '' } });
        return undefined;
      } finally {
        set({ busy: false });
      }
    }

    const apply = (data: AppData | undefined): boolean => {
      if (data === undefined) return false;
      set({ data });
      return true;
    };

    api?.onDataChanged((data) => set({ data }));
    api?.onStoreRecovered((recovery) => set({ recovery }));

    return {
      status: api ? 'loading' : 'unavailable',
      data: null,
      dataFile: null,
      recovery: null,
      error: null,
      busy: false,
      backups: null,

      async load() {
        if (!api) return;
        const snapshot = await request((bridge) => bridge.loadData({}));
        if (!snapshot) {
          set({ status: 'failed' });
          return;
        }
        set({ status: 'ready', data: snapshot.data, dataFile: snapshot.dataFile, recovery: snapshot.recovery });
      },
      clearSample: async () => apply(await request((bridge) => bridge.clearSample({}))),
      async listBackups() {
        const backups = await request((bridge) => bridge.listBackups({}));
        if (backups) set({ backups });
      },
      async backupNow() {
        const backups = await request((bridge) => bridge.backupNow({}));
        if (backups) set({ backups });
      },
      async restoreBackup(name) {
        const restored = apply(await request((bridge) => bridge.restoreBackup({ name })));
        if (restored) await get().listBackups();
        return restored;
      },
      dismissRecovery: () => set({ recovery: null }),
      dismissError: () => set({ error: null }),
    };
  });
}
