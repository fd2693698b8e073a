import { vi } from 'vitest';
import sampleTeamJson from '../../resources/sample-team.json';
import { clearedSample, initialData, type AppData } from '../../shared/data';
import type { TeamFile } from '../../shared/domain';
import { builtinFramework } from '../../shared/io';
import type { BackupInfo, EventName, GapwiseApi, IpcEvents, IpcResult, RecoveryNotice } from '../../shared/ipc';

/**
 * A stand-in for the preload bridge in component tests: an in-memory main process that
 * answers like the real handlers (typed results) and can be told to refuse a call.
 */
export function fakeApi(options: { recovery?: RecoveryNotice | null; backups?: BackupInfo[] } = {}) {
  let data: AppData = initialData(sampleTeamJson as unknown as TeamFile, builtinFramework());
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const ok = <T>(value: T): Promise<IpcResult<T>> => Promise.resolve({ ok: true, value });
  const refusals = new Map<string, IpcResult<never>>();
  const answer = <T>(method: string, value: () => T): Promise<IpcResult<T>> => {
    const refusal = refusals.get(method);
    return refusal ? Promise.resolve(refusal) : ok(value());
  };
  const subscribe =
    <E extends EventName>(event: E) =>
    (listener: (payload: IpcEvents[E]) => void) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    };
  const unused = () =>
    Promise.resolve({ ok: false as const, error: { code: 'internal' as const, message: 'not in the fake', path: '' } });

  const api = {
    getAppInfo: vi.fn(() => ok({ version: '9.8.7', dataFolder: '/data' })),
    openDataFolder: vi.fn(() => ok(null)),
    openExternalLink: vi.fn(() => ok(null)),
    loadData: vi.fn(() =>
      answer('loadData', () => ({ data, dataFile: '/data/gapwise-data.json', recovery: options.recovery ?? null })),
    ),
    clearSample: vi.fn(() =>
      answer('clearSample', () => {
        data = clearedSample(data);
        return data;
      }),
    ),
    saveMember: vi.fn(unused),
    deleteMember: vi.fn(unused),
    saveOrganisation: vi.fn(unused),
    saveScenario: vi.fn(unused),
    deleteScenario: vi.fn(unused),
    saveSettings: vi.fn(unused),
    saveFramework: vi.fn(unused),
    resetFramework: vi.fn(unused),
    importFramework: vi.fn(unused),
    exportFramework: vi.fn(unused),
    listBackups: vi.fn(() => answer('listBackups', () => options.backups ?? [])),
    backupNow: vi.fn(() => answer('backupNow', () => options.backups ?? [])),
    restoreBackup: vi.fn(({ name }: { name: string }) =>
      answer('restoreBackup', () => ({ ...data, sample: name === 'sample' })),
    ),
    exportPlan: vi.fn(unused),
    onDataChanged: subscribe('data:changed'),
    onStoreRecovered: subscribe('store:recovered'),
    onMenuCommand: subscribe('menu:command'),
  } satisfies GapwiseApi;

  return {
    api,
    current: () => data,
    refuse(method: keyof GapwiseApi, error: { code: 'invalid-request' | 'io-error'; message: string; path: string }) {
      refusals.set(method, { ok: false, error });
    },
    emit<E extends EventName>(event: E, payload: IpcEvents[E]) {
      for (const listener of listeners.get(event) ?? []) (listener as (p: IpcEvents[E]) => void)(payload);
    },
  };
}
