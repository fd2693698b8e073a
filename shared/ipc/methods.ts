import type { EventName } from './contract';

/*
 * The preload's function name for each contract channel and each event. This half of the
 * contract holds no schemas and imports no zod, so the sandboxed preload bundle can build
 * window.gapwise from it at run time and stay small; contract.ts adds the schemas.
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
  'data:exportAll': 'exportAllData',
  'data:importAll': 'importAllData',

  'plan:export': 'exportPlan',
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
