import { vi } from 'vitest';
import sampleTeamJson from '../../resources/sample-team.json';
import { clearedSample, initialData, type AppData, type Settings } from '../../shared/data';
import type { Framework, Member, Organisation, Scenario, TeamFile } from '../../shared/domain';
import { builtinFramework } from '../../shared/io';
import { applyImport, importedFields } from '../../shared/interchange/apply';
import { buildPreview } from '../../shared/interchange/preview';
import type { ImportMode, RawWorkbook, SheetLayout } from '../../shared/interchange/types';
import type { BackupInfo, EventName, GapwiseApi, IpcEvents, IpcResult, RecoveryNotice } from '../../shared/ipc';

/**
 * A stand-in for the preload bridge in component tests: an in-memory main process that
 * answers like the real handlers (typed results) and can be told to refuse a call.
 */
export function fakeApi(
  options: { recovery?: RecoveryNotice | null; backups?: BackupInfo[]; workbook?: RawWorkbook } = {},
) {
  let data: AppData = initialData(sampleTeamJson as unknown as TeamFile, builtinFramework());
  /** What data was before the last import, restored by the backup named "before-import". */
  let beforeImport: AppData | null = null;
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
    saveMember: vi.fn(({ member }: { member: Member }) =>
      answer('saveMember', () => {
        const exists = data.members.some((m) => m.id === member.id);
        data = {
          ...data,
          members: exists ? data.members.map((m) => (m.id === member.id ? member : m)) : [...data.members, member],
        };
        return data;
      }),
    ),
    deleteMember: vi.fn(({ memberId }: { memberId: string }) =>
      answer('deleteMember', () => {
        data = { ...data, members: data.members.filter((m) => m.id !== memberId) };
        return data;
      }),
    ),
    saveOrganisation: vi.fn(({ organisation }: { organisation: Organisation }) =>
      answer('saveOrganisation', () => {
        data = { ...data, organisation };
        return data;
      }),
    ),
    saveScenario: vi.fn(({ scenario }: { scenario: Scenario }) =>
      answer('saveScenario', () => {
        const exists = data.scenarios.some((s) => s.id === scenario.id);
        data = {
          ...data,
          scenarios: exists
            ? data.scenarios.map((s) => (s.id === scenario.id ? scenario : s))
            : [...data.scenarios, scenario],
        };
        return data;
      }),
    ),
    deleteScenario: vi.fn(({ scenarioId }: { scenarioId: string }) =>
      answer('deleteScenario', () => {
        data = { ...data, scenarios: data.scenarios.filter((s) => s.id !== scenarioId) };
        return data;
      }),
    ),
    saveSettings: vi.fn(({ settings }: { settings: Settings }) =>
      answer('saveSettings', () => {
        data = { ...data, settings };
        return data;
      }),
    ),
    saveFramework: vi.fn(({ framework }: { framework: Framework }) =>
      answer('saveFramework', () => {
        data = { ...data, framework };
        return data;
      }),
    ),
    resetFramework: vi.fn(() =>
      answer('resetFramework', () => {
        data = { ...data, framework: builtinFramework() };
        return data;
      }),
    ),
    importFramework: vi.fn(() => answer('importFramework', () => null)),
    exportFramework: vi.fn(() => answer('exportFramework', () => ({ file: '/exports/framework.json' }))),
    listBackups: vi.fn(() => answer('listBackups', () => options.backups ?? [])),
    backupNow: vi.fn(() => answer('backupNow', () => options.backups ?? [])),
    restoreBackup: vi.fn(({ name }: { name: string }) =>
      answer('restoreBackup', () => {
        data = name === 'before-import' && beforeImport ? beforeImport : { ...data, sample: name === 'sample' };
        return data;
      }),
    ),
    exportPlan: vi.fn(({ format }: { format: string }) =>
      answer('exportPlan', () => ({ file: `/exports/gapwise-plan.${format}` })),
    ),
    readMatrix: vi.fn(() =>
      answer('readMatrix', () => (options.workbook ? { token: 'matrix-1', workbook: options.workbook } : null)),
    ),
    // Like main: the mapping is applied to the workbook read, with the same shared code.
    importTeam: vi.fn(({ layout, mode }: { token: string; layout: SheetLayout; mode: ImportMode }) =>
      answer('importTeam', () => {
        const workbook = options.workbook!;
        const sheet = workbook.sheets.find((s) => s.name === layout.sheet)!;
        const preview = buildPreview(sheet, layout, data.framework, {
          existing: data.members,
          fileName: workbook.fileName,
        });
        if (preview.errors.length > 0) throw new Error('the fake was asked to import rows with errors');
        beforeImport = data;
        const before = new Set(data.members.map((m) => m.id));
        data = applyImport(data, preview.members, mode, importedFields(layout));
        const added = data.members.filter((m) => !before.has(m.id)).length;
        return { data, added, updated: preview.members.length - added, undoBackup: 'before-import' };
      }),
    ),
    exportTeam: vi.fn(({ format }: { format: string }) =>
      answer('exportTeam', () => ({ file: `/exports/gapwise-team.${format}` })),
    ),
    exportAllData: vi.fn(() => answer('exportAllData', () => ({ file: '/exports/gapwise-data.json' }))),
    importAllData: vi.fn(() => answer('importAllData', () => null)),
    onImportProgress: subscribe('import:progress'),
    onDataChanged: subscribe('data:changed'),
    onStoreRecovered: subscribe('store:recovered'),
    onMenuCommand: subscribe('menu:command'),
  } satisfies GapwiseApi;

  return {
    api,
    current: () => data,
    /** From now on, `method` answers with this error instead. */
    refuse(method: keyof GapwiseApi, error: { code: 'invalid-request' | 'io-error'; message: string; path: string }) {
      refusals.set(method, { ok: false, error });
    },
    emit<E extends EventName>(event: E, payload: IpcEvents[E]) {
      for (const listener of listeners.get(event) ?? []) (listener as (p: IpcEvents[E]) => void)(payload);
    },
  };
}
