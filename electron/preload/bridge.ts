import type { Channel, EventName, GapwiseApi, IpcEvents, IpcResult, RequestOf, ResponseOf } from '../../shared/ipc';

// The page gets one named function per contract channel and one subscription per event:
// no ipcRenderer, no generic invoke, no channel names. Types only come from shared/ipc, so
// the sandboxed preload bundle stays free of zod and the schemas (main validates anyway).
//
// This file imports nothing from Electron: the preload entry hands it Electron's
// ipcRenderer, and the end-to-end harness hands it a transport to the same main-process
// dispatcher, so the page talks to main through this very code in both.

/** The part of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(event: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(event: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

/** Where the bridge reads whether a user action is under way. */
export interface PageLike {
  navigator?: { userActivation?: { isActive: boolean } };
}

export function createGapwiseApi(ipc: IpcRendererLike, page: PageLike): GapwiseApi {
  const call =
    <C extends Channel>(channel: C) =>
    (request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>> =>
      ipc.invoke(channel, request) as Promise<IpcResult<ResponseOf<C>>>;

  const subscribe =
    <E extends EventName>(event: E) =>
    (listener: (payload: IpcEvents[E]) => void): (() => void) => {
      const forward = (_event: unknown, payload: unknown) => listener(payload as IpcEvents[E]);
      ipc.on(event, forward);
      return () => {
        ipc.removeListener(event, forward);
      };
    };

  /**
   * Links leave the app only on a user action: a click or key press that is still active
   * (transient user activation), never from a script on its own.
   */
  const openExternalLink = (request: RequestOf<'link:openExternal'>): Promise<IpcResult<null>> =>
    page.navigator?.userActivation?.isActive
      ? call('link:openExternal')(request)
      : Promise.resolve({
          ok: false,
          error: { code: 'forbidden-sender', message: 'links open only when you click them', path: 'url' },
        });

  return {
    getAppInfo: call('app:getInfo'),
    openDataFolder: call('app:openDataFolder'),
    openExternalLink,
    loadData: call('data:load'),
    clearSample: call('team:clearSample'),
    saveMember: call('member:save'),
    deleteMember: call('member:delete'),
    saveOrganisation: call('organisation:save'),
    saveScenario: call('scenario:save'),
    deleteScenario: call('scenario:delete'),
    saveSettings: call('settings:save'),
    saveFramework: call('framework:save'),
    resetFramework: call('framework:reset'),
    importFramework: call('framework:import'),
    exportFramework: call('framework:export'),
    listBackups: call('backup:list'),
    backupNow: call('backup:create'),
    restoreBackup: call('backup:restore'),
    exportPlan: call('plan:export'),
    readMatrix: call('matrix:read'),
    importTeam: call('team:import'),
    exportTeam: call('team:export'),
    exportAllData: call('data:exportAll'),
    importAllData: call('data:importAll'),
    onDataChanged: subscribe('data:changed'),
    onStoreRecovered: subscribe('store:recovered'),
    onMenuCommand: subscribe('menu:command'),
    onImportProgress: subscribe('import:progress'),
  } satisfies GapwiseApi;
}
