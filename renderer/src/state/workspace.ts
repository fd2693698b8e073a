import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppData, Settings } from '../../../shared/data';
import type { Framework, Member, Organisation, Scenario } from '../../../shared/domain';
import type { ImportMode, SheetLayout } from '../../../shared/interchange/types';
import type {
  BackupInfo,
  ExportFormat,
  GapwiseApi,
  ImportDone,
  ImportProgress,
  IpcError,
  IpcResult,
  MatrixRead,
  RecoveryNotice,
  SavedFile,
  TeamExportFormat,
} from '../../../shared/ipc';

/*
 * The renderer's view of the stored data. The main process owns the data: every change is
 * a request through the preload API, and the store shows the data main sends back — so
 * nothing appears saved before main has acknowledged the durable write.
 */

export type LoadStatus = 'loading' | 'ready' | 'unavailable' | 'failed';

/** A refused or failed request, with a title saying what did not happen ("The plan was not exported"). */
export type WorkspaceError = IpcError & { title: string };

const CHANGE_NOT_SAVED = 'That change was not saved';

export interface WorkspaceState {
  status: LoadStatus;
  data: AppData | null;
  dataFile: string | null;
  recovery: RecoveryNotice | null;
  /** The last refused or failed request, shown where the user acted. */
  error: WorkspaceError | null;
  /** A request is in flight (buttons show it and do not fire twice). */
  busy: boolean;
  backups: BackupInfo[] | null;
  /** The last member deleted, kept so the deletion can be undone. */
  lastDeleted: Member | null;
  /** The last file an export wrote, for a confirmation. */
  lastExport: SavedFile | null;
  /** How reading a spreadsheet is going, while main reads one. */
  importProgress: ImportProgress | null;
  /** The last import, kept so it can be undone (until the next change). */
  lastImport: (Omit<ImportDone, 'data'> & { source: string }) | null;

  load(): Promise<void>;
  clearSample(): Promise<boolean>;
  listBackups(): Promise<void>;
  backupNow(): Promise<void>;
  restoreBackup(name: string): Promise<boolean>;
  dismissRecovery(): void;
  dismissError(): void;
  dismissImport(): void;
  saveMember(member: Member): Promise<boolean>;
  deleteMember(memberId: string): Promise<boolean>;
  undoDelete(): Promise<boolean>;
  saveOrganisation(organisation: Organisation): Promise<boolean>;
  saveScenario(scenario: Scenario): Promise<boolean>;
  deleteScenario(scenarioId: string): Promise<boolean>;
  saveSettings(settings: Settings): Promise<boolean>;
  saveFramework(framework: Framework): Promise<boolean>;
  resetFramework(): Promise<boolean>;
  importFramework(): Promise<boolean>;
  /** True only when a file was written (false when refused, failed or the dialog was cancelled). */
  exportFramework(): Promise<boolean>;
  /** How an export ended: written (see lastExport), cancelled in the save dialog, or failed (see error). */
  exportPlan(format: ExportFormat): Promise<'saved' | 'cancelled' | 'failed'>;
  openDataFolder(): Promise<void>;
  /** Asks main to open and read a spreadsheet; null when cancelled, undefined when it failed (see error). */
  readMatrix(): Promise<MatrixRead | null | undefined>;
  importTeam(token: string, layout: SheetLayout, mode: ImportMode, source: string): Promise<boolean>;
  /** Restores the backup taken just before the last import. */
  undoImport(): Promise<boolean>;
  exportTeam(format: TeamExportFormat): Promise<'saved' | 'cancelled' | 'failed'>;
  exportAllData(): Promise<'saved' | 'cancelled' | 'failed'>;
  importAllData(mode: ImportMode): Promise<boolean>;
}

const UNAVAILABLE: IpcError = {
  code: 'internal',
  message: 'Gapwise is running without its main process, so nothing can be saved.',
  path: '',
};

export function createWorkspaceStore(api: GapwiseApi | undefined): StoreApi<WorkspaceState> {
  return createStore<WorkspaceState>()((set, get) => {
    /**
     * Runs one request, tracks busy/error, and hands back the value (undefined when refused).
     * `failure` titles the notice when it fails: what did not happen.
     */
    async function request<T>(
      run: (bridge: GapwiseApi) => Promise<IpcResult<T>>,
      failure = CHANGE_NOT_SAVED,
    ): Promise<T | undefined> {
      if (!api) {
        set({ error: { ...UNAVAILABLE, title: failure } });
        return undefined;
      }
      set({ busy: true, error: null });
      try {
        const result = await run(api);
        if (!result.ok) {
          set({ error: { ...result.error, title: failure } });
          return undefined;
        }
        return result.value;
      } catch (error) {
        set({ error: { code: 'internal', message: (error as Error).message, path: '', title: failure } });
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
    api?.onImportProgress((importProgress) => set({ importProgress }));

    /** An export's end: written (kept in lastExport), cancelled, or failed (see error). */
    const exported = (saved: SavedFile | null | undefined): 'saved' | 'cancelled' | 'failed' => {
      if (saved === undefined) return 'failed';
      if (saved === null) return 'cancelled';
      set({ lastExport: saved });
      return 'saved';
    };

    return {
      status: api ? 'loading' : 'unavailable',
      data: null,
      dataFile: null,
      recovery: null,
      error: null,
      busy: false,
      backups: null,
      lastDeleted: null,
      lastExport: null,
      importProgress: null,
      lastImport: null,

      async load() {
        if (!api) return;
        const snapshot = await request((bridge) => bridge.loadData({}), 'Your data could not be loaded');
        if (!snapshot) {
          set({ status: 'failed' });
          return;
        }
        // For the benchmark: when the data arrived, apart from when the charts were painted.
        globalThis.performance?.mark?.('gapwise:data-ready');
        set({ status: 'ready', data: snapshot.data, dataFile: snapshot.dataFile, recovery: snapshot.recovery });
      },
      clearSample: async () =>
        apply(await request((bridge) => bridge.clearSample({}), 'The sample team was not cleared')),
      async listBackups() {
        const backups = await request((bridge) => bridge.listBackups({}), 'The backups could not be listed');
        if (backups) set({ backups });
      },
      async backupNow() {
        const backups = await request((bridge) => bridge.backupNow({}), 'No backup was made');
        if (backups) set({ backups });
      },
      async restoreBackup(name) {
        const restored = apply(
          await request((bridge) => bridge.restoreBackup({ name }), 'The backup was not restored'),
        );
        if (restored) await get().listBackups();
        return restored;
      },
      dismissRecovery: () => set({ recovery: null }),
      dismissError: () => set({ error: null }),
      dismissImport: () => set({ lastImport: null }),
      saveMember: async (member) => apply(await request((bridge) => bridge.saveMember({ member }))),
      async deleteMember(memberId) {
        const member = get().data?.members.find((m) => m.id === memberId) ?? null;
        const deleted = apply(await request((bridge) => bridge.deleteMember({ memberId })));
        if (deleted) set({ lastDeleted: member });
        return deleted;
      },
      async undoDelete() {
        const member = get().lastDeleted;
        if (!member) return false;
        const restored = apply(await request((bridge) => bridge.saveMember({ member })));
        if (restored) set({ lastDeleted: null });
        return restored;
      },
      saveOrganisation: async (organisation) =>
        apply(await request((bridge) => bridge.saveOrganisation({ organisation }))),
      saveScenario: async (scenario) => apply(await request((bridge) => bridge.saveScenario({ scenario }))),
      deleteScenario: async (scenarioId) => apply(await request((bridge) => bridge.deleteScenario({ scenarioId }))),
      saveSettings: async (settings) => apply(await request((bridge) => bridge.saveSettings({ settings }))),
      saveFramework: async (framework) => apply(await request((bridge) => bridge.saveFramework({ framework }))),
      resetFramework: async () => apply(await request((bridge) => bridge.resetFramework({}))),
      async importFramework() {
        const data = await request((bridge) => bridge.importFramework({}), 'The framework was not imported');
        return data ? apply(data) : false;
      },
      exportFramework: async () =>
        Boolean(await request((bridge) => bridge.exportFramework({}), 'The framework was not exported')),
      exportPlan: async (format) =>
        exported(await request((bridge) => bridge.exportPlan({ format }), 'The plan was not exported')),
      exportTeam: async (format) =>
        exported(await request((bridge) => bridge.exportTeam({ format }), 'The team was not exported')),
      exportAllData: async () =>
        exported(await request((bridge) => bridge.exportAllData({}), 'The data was not saved to a file')),
      async readMatrix() {
        set({ importProgress: null });
        try {
          return await request((bridge) => bridge.readMatrix({}), 'The spreadsheet could not be read');
        } finally {
          set({ importProgress: null });
        }
      },
      async importTeam(token, layout, mode, source) {
        const done = await request((bridge) => bridge.importTeam({ token, layout, mode }), 'Nothing was imported');
        if (!done) return false;
        const { data, ...rest } = done;
        set({ data, lastImport: { ...rest, source } });
        return true;
      },
      async undoImport() {
        const last = get().lastImport;
        if (!last) return false;
        const restored = apply(
          await request((bridge) => bridge.restoreBackup({ name: last.undoBackup }), 'The import was not undone'),
        );
        if (restored) set({ lastImport: null });
        return restored;
      },
      async importAllData(mode) {
        const done = await request((bridge) => bridge.importAllData({ mode }), 'Nothing was imported');
        if (!done) return false;
        const { data, ...rest } = done;
        set({ data, lastImport: { ...rest, source: 'a Gapwise data file' } });
        return true;
      },
      async openDataFolder() {
        await request((bridge) => bridge.openDataFolder({}), 'The data folder could not be opened');
      },
    };
  });
}
