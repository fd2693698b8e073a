import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppData } from '@shared/data';
import type { Member } from '@shared/domain';
import type {
  BackupInfo,
  Channel,
  GapwiseApi,
  ImportDone,
  ImportProgress,
  IpcError,
  IpcResult,
  RecoveryNotice,
  RequestOf,
  ResponseOf,
  SavedFile,
} from '@shared/ipc';
import { CHANNEL_METHODS, dataInAnswer } from '@shared/ipc/methods';
import { dismissed, finished, started, type Operations, type WorkspaceError } from './operations';

export type { WorkspaceError } from './operations';

/*
 * The renderer's view of the stored data. The main process owns the data: every change is
 * a request through the preload API, and the store shows the data main sends back — so
 * nothing appears saved before main has acknowledged the durable write.
 *
 * All requests go through one runner, `request(channel, payload)`: it calls the preload's
 * function for the channel, tracks that channel's own pending and error status, and takes
 * in the data when the answer carries it. What a view does with an answer beyond that
 * (keeping a deleted member for undo, say) is in workflows.ts.
 */

export type LoadStatus = 'loading' | 'ready' | 'unavailable' | 'failed';

const CHANGE_NOT_SAVED = 'That change was not saved';

export interface RequestOptions {
  /** Titles the error if the request fails: what did not happen. */
  title?: string;
}

/** The last import, kept so it can be undone (until the next change). */
export type LastImport = Omit<ImportDone, 'data'> & { source: string };

export interface WorkspaceState {
  status: LoadStatus;
  data: AppData | null;
  dataFile: string | null;
  recovery: RecoveryNotice | null;
  /** What upgrading an older data file changed in it; empty once dismissed. */
  upgradeChanges: string[];
  /** Each channel's pending requests and last error, shown where the user acted. */
  operations: Operations;
  backups: BackupInfo[] | null;
  /** The last member deleted, kept so the deletion can be undone. */
  lastDeleted: Member | null;
  /** The last file an export wrote, for a confirmation. */
  lastExport: SavedFile | null;
  /** How reading a spreadsheet is going, while main reads one. */
  importProgress: ImportProgress | null;
  lastImport: LastImport | null;

  /** Runs one request; resolves with main's answer, or undefined when it was refused or failed. */
  request<C extends Channel>(
    channel: C,
    payload: RequestOf<C>,
    options?: RequestOptions,
  ): Promise<ResponseOf<C> | undefined>;
  load(): Promise<void>;
  dismissError(channel: Channel): void;
  dismissRecovery(): void;
  dismissUpgradeChanges(): void;
  dismissImport(): void;
}

export type WorkspaceStore = StoreApi<WorkspaceState>;

const UNAVAILABLE: IpcError = {
  code: 'internal',
  message: 'Gapwise is running without its main process, so nothing can be saved.',
  path: '',
};

/** What a successful answer on these channels leaves in the store besides the data. */
const REMEMBERED: { [C in Channel]?: (value: NonNullable<ResponseOf<C>>) => Partial<WorkspaceState> } = {
  'backup:list': (backups) => ({ backups }),
  'backup:create': (backups) => ({ backups }),
  'plan:export': (lastExport) => ({ lastExport }),
  'team:export': (lastExport) => ({ lastExport }),
  'data:exportAll': (lastExport) => ({ lastExport }),
};

/** The data in `channel`'s answer, or undefined when the answer carries none. */
function dataOf(channel: Channel, value: unknown): AppData | undefined {
  const where = dataInAnswer(channel);
  if (where === undefined || value === null) return undefined;
  return where === 'value' ? (value as AppData) : (value as { data: AppData }).data;
}

export function createWorkspaceStore(api: GapwiseApi | undefined): WorkspaceStore {
  return createStore<WorkspaceState>()((set, get) => {
    const finish = (channel: Channel, error: WorkspaceError | null, also: Partial<WorkspaceState> = {}) =>
      set((state) => ({ ...also, operations: finished(state.operations, channel, error) }));

    async function request<C extends Channel>(
      channel: C,
      payload: RequestOf<C>,
      { title = CHANGE_NOT_SAVED }: RequestOptions = {},
    ): Promise<ResponseOf<C> | undefined> {
      set((state) => ({ operations: started(state.operations, channel) }));
      if (!api) {
        finish(channel, { ...UNAVAILABLE, title });
        return undefined;
      }
      try {
        const call = api[CHANNEL_METHODS[channel]] as unknown as (
          request: RequestOf<C>,
        ) => Promise<IpcResult<ResponseOf<C>>>;
        const result = await call(payload);
        if (!result.ok) {
          finish(channel, { ...result.error, title });
          return undefined;
        }
        const value = result.value;
        const data = dataOf(channel, value);
        const remember = REMEMBERED[channel] as ((value: unknown) => Partial<WorkspaceState>) | undefined;
        finish(channel, null, {
          ...(data ? { data } : {}),
          ...(remember && value !== null ? remember(value) : {}),
        });
        return value;
      } catch (error) {
        finish(channel, { code: 'internal', message: (error as Error).message, path: '', title });
        return undefined;
      }
    }

    api?.onDataChanged((data) => set({ data }));
    api?.onStoreRecovered((recovery) => set({ recovery }));
    api?.onImportProgress((importProgress) => set({ importProgress }));

    return {
      status: api ? 'loading' : 'unavailable',
      data: null,
      dataFile: null,
      recovery: null,
      upgradeChanges: [],
      operations: {},
      backups: null,
      lastDeleted: null,
      lastExport: null,
      importProgress: null,
      lastImport: null,

      request,
      async load() {
        if (!api) return;
        const snapshot = await get().request('data:load', {}, { title: 'Your data could not be loaded' });
        if (!snapshot) {
          set({ status: 'failed' });
          return;
        }
        // For the benchmark: when the data arrived, apart from when the charts were painted.
        globalThis.performance?.mark?.('gapwise:data-ready');
        set({
          status: 'ready',
          dataFile: snapshot.dataFile,
          recovery: snapshot.recovery,
          upgradeChanges: snapshot.upgradeChanges,
        });
      },
      dismissError: (channel) => set((state) => ({ operations: dismissed(state.operations, channel) })),
      dismissRecovery: () => set({ recovery: null }),
      dismissUpgradeChanges: () => set({ upgradeChanges: [] }),
      dismissImport: () => set({ lastImport: null }),
    };
  });
}
