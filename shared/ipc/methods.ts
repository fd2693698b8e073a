import type { AppData } from '../data';
import type { EventName, ResponseOf } from './contract';

/*
 * The preload's function name for each contract channel and each event, and where the data
 * is in the answers that carry it. This half of the contract holds no schemas and imports no
 * zod, so the sandboxed preload bundle can build window.gapwise from it at run time and stay
 * small; contract.ts adds the schemas.
 */

export const CHANNEL_METHODS = {
  'app:getInfo': 'getAppInfo',
  'app:openDataFolder': 'openDataFolder',
  'link:openExternal': 'openExternalLink',

  'data:load': 'loadData',
  'team:clearSample': 'clearSample',
  'member:save': 'saveMember',
  'member:delete': 'deleteMember',
  'organisation:save': 'saveOrganisation',
  'organisation:renameProductTeam': 'renameProductTeam',
  'scenario:save': 'saveScenario',
  'scenario:delete': 'deleteScenario',
  'settings:save': 'saveSettings',

  'framework:save': 'saveFramework',
  'framework:reset': 'resetFramework',
  'framework:import': 'importFramework',
  'framework:export': 'exportFramework',

  'backup:list': 'listBackups',
  'backup:create': 'backupNow',
  'backup:restore': 'restoreBackup',

  'matrix:read': 'readMatrix',
  'team:import': 'importTeam',
  'team:export': 'exportTeam',
  'team:template': 'saveMatrixTemplate',
  'data:exportAll': 'exportAllData',
  'data:importAll': 'importAllData',

  'plan:export': 'exportPlan',

  'round:close': 'closeRound',
  'round:rename': 'renameRound',
  'round:delete': 'deleteRound',
  'round:undoDelete': 'undoDeleteRound',
  'round:reopen': 'reopenRound',
  'round:load': 'loadRound',
  'round:memberHistory': 'memberHistory',
  'rounds:compare': 'compareRounds',
  'rounds:exportTrends': 'exportTrends',
  'rounds:exportComparison': 'exportComparison',

  'forms:export': 'exportForms',
  'forms:import': 'importForms',
  'selfAssessment:decide': 'decideSelfRating',
  'benchmarks:read': 'readBenchmarks',
} as const;

export type Channel = keyof typeof CHANNEL_METHODS;
export type MethodOf<C extends Channel> = (typeof CHANNEL_METHODS)[C];

/** The preload's subscription function for each event. */
export const EVENT_SUBSCRIBERS = {
  onDataChanged: 'data:changed',
  onStoreRecovered: 'store:recovered',
  onMenuCommand: 'menu:command',
  onImportProgress: 'import:progress',
} as const satisfies Record<string, EventName>;

/**
 * Where the data is in each channel's answer: the answer itself, or its `data` field.
 * `data:load` always sends it whole: the page starts over from it.
 */
export const DATA_IN_ANSWER = {
  'data:load': 'data',
  'team:clearSample': 'value',
  'member:save': 'value',
  'member:delete': 'value',
  'organisation:save': 'value',
  'organisation:renameProductTeam': 'value',
  'scenario:save': 'value',
  'scenario:delete': 'value',
  'settings:save': 'value',
  'framework:save': 'value',
  'framework:reset': 'value',
  'framework:import': 'value',
  'backup:restore': 'value',
  'team:import': 'data',
  'data:importAll': 'data',
  'round:close': 'value',
  'round:rename': 'value',
  'round:delete': 'data',
  'round:undoDelete': 'value',
  'round:reopen': 'data',
  'forms:import': 'data',
  'selfAssessment:decide': 'value',
} as const satisfies Record<AnswersWithData, 'value' | 'data'>;

/** Where the data is in `channel`'s answer, or undefined when the answer carries none. */
export const dataInAnswer = (channel: Channel): 'value' | 'data' | undefined =>
  (DATA_IN_ANSWER as Partial<Record<Channel, 'value' | 'data'>>)[channel];

/** The channels whose answer is the data or has it as `data`: the compiler keeps the table complete. */
type AnswersWithData = {
  [C in Channel]: [NonNullable<ResponseOf<C>>] extends [never]
    ? never
    : [NonNullable<ResponseOf<C>>] extends [AppData]
      ? C
      : [NonNullable<ResponseOf<C>>] extends [{ data: AppData }]
        ? C
        : never;
}[Channel];
