import { basename } from 'node:path';
import { asTeamFile, clearedSample, type AppData, type Theme } from '@shared/data';
import { checkTeamAgainstFramework, withDatesOfItsChanges, type Framework } from '@shared/domain';
import { describeProblem, formatPath, parseFrameworkText } from '@shared/io';
import type { RawWorkbook } from '@shared/interchange/types';
import type { ImportProgress, RecoveryNotice } from '@shared/ipc';
import type { AppStore } from '../store';
import { HandlerError } from './errors';
import { documentMeta } from '@shared/reports/document/meta';
import { exportDocument } from './document-export';
import { checkPlanningRoles } from './planning-roles';
import type { Handlers } from './dispatcher';
import { chosenFileWriter } from './files';
import { createBenchmarkHandlers } from './benchmarks-handlers';
import { createFormHandlers } from './forms-handlers';
import { createInterchangeHandlers } from './interchange-handlers';
import { createRoundAnalysisHandlers } from './round-analysis-handlers';
import { createRoundHandlers } from './rounds-handlers';
import { defaultExportName, EXPORT_FILTERS, renderExport, reportOf } from './plan-export';

/**
 * Everything the handlers reach outside plain data, passed in so that tests run them with
 * a real store on a temp folder and simple doubles for Electron's dialogs, shell and printer.
 */
export interface HandlerDeps {
  store: AppStore;
  recovery: () => RecoveryNotice | null;
  /** What opening the data file changed while upgrading it. */
  upgradeChanges: () => string[];
  appVersion: string;
  builtinFramework: () => Framework;
  /** A native open dialog for one JSON file; null when cancelled. */
  chooseFileToOpen: (options: {
    title: string;
    filters: { name: string; extensions: string[] }[];
  }) => Promise<string | null>;
  /** A native open dialog choosing several files (returned forms); null when cancelled. */
  chooseFilesToOpen: (options: {
    title: string;
    filters: { name: string; extensions: string[] }[];
  }) => Promise<string[] | null>;
  /** A native save dialog; null when cancelled. */
  chooseFileToSave: (options: {
    title: string;
    defaultName: string;
    filters: { name: string; extensions: string[] }[];
  }) => Promise<string | null>;
  /** A native dialog choosing a folder (to write several files into); null when cancelled. */
  chooseFolder: (options: { title: string }) => Promise<string | null>;
  /** The clock exports are dated by. */
  now: () => Date;
  readTextFile: (file: string) => Promise<string>;
  /** The bytes of a file the user chose (size-limited by the caller). */
  readFileBytes: (file: string) => Promise<Uint8Array>;
  /** Reads a CSV or Excel matrix off the main thread, reporting progress. */
  readMatrix: (file: string, onProgress: (progress: ImportProgress) => void) => Promise<RawWorkbook>;
  /** Tells the page how reading a spreadsheet is going. */
  onImportProgress: (progress: ImportProgress) => void;
  writeFile: (file: string, data: string | Uint8Array) => Promise<void>;
  openFolder: (folder: string) => Promise<void>;
  /** Opens an https link in the browser; false when the link is refused. */
  openExternalLink: (url: string) => Promise<boolean>;
  printToPdf: (html: string) => Promise<Uint8Array>;
  applyTheme: (theme: Theme) => void;
}

/**
 * Checks one member or scenario against the framework before it is saved, reporting paths
 * relative to the request (`member.levels.spark`) rather than to the whole data file.
 */
function checkReferences(data: AppData, part: 'member' | 'scenario'): void {
  const issues = checkTeamAgainstFramework(asTeamFile(data), data.framework);
  const prefix = part === 'member' ? 'members' : 'scenarios';
  const issue = issues.find((i) => i.path[0] === prefix);
  if (issue) throw new HandlerError('invalid-request', issue.message, formatPath([part, ...issue.path.slice(2)]));
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { store } = deps;
  const writeChosenFile = chosenFileWriter(deps.writeFile);
  // Every change answers with the new data: the page that asked applies it from the answer.
  // (No data:changed event here as well: the page would get each change twice, as two
  // objects, and everything memoised on the data's identity would be computed twice.)
  const change = (fn: (data: AppData) => AppData): Promise<AppData> => store.update(fn);

  return {
    ...createInterchangeHandlers(deps, change, writeChosenFile),
    ...createRoundHandlers(deps, change),
    ...createRoundAnalysisHandlers(deps, writeChosenFile),
    ...createFormHandlers(deps, change, writeChosenFile),
    ...createBenchmarkHandlers(),
    'app:getInfo': () => ({ version: deps.appVersion, dataFolder: store.dir }),
    'app:openDataFolder': async () => {
      await deps.openFolder(store.dir);
      return null;
    },
    'link:openExternal': async ({ url }) => {
      if (!(await deps.openExternalLink(url))) {
        throw new HandlerError('invalid-request', 'only https:// links open outside Gapwise', 'url');
      }
      return null;
    },

    'data:load': () => ({
      data: store.data(),
      dataFile: store.dataFile,
      recovery: deps.recovery(),
      upgradeChanges: deps.upgradeChanges(),
    }),
    'team:clearSample': () => change(clearedSample),

    'member:save': ({ member }) =>
      change((data) => {
        const members = data.members.some((m) => m.id === member.id)
          ? data.members.map((m) => (m.id === member.id ? member : m))
          : [...data.members, member];
        const next = { ...data, members };
        checkReferences({ ...next, members: [member], scenarios: [] }, 'member');
        return next;
      }),
    'member:delete': ({ memberId }) =>
      change((data) => {
        if (!data.members.some((m) => m.id === memberId)) {
          throw new HandlerError('not-found', `no member with id "${memberId}"`, 'memberId');
        }
        return {
          ...data,
          members: data.members.filter((m) => m.id !== memberId),
          // The member's returned self-assessment goes with them.
          selfAssessments: data.selfAssessments.some((f) => f.memberId === memberId)
            ? data.selfAssessments.filter((f) => f.memberId !== memberId)
            : data.selfAssessments,
          // Scenarios that moved or removed this member no longer can; the others stay the
          // same objects, so nothing derived from them is redone.
          scenarios: data.scenarios.map((s) =>
            s.roleMoves.some((m) => m.memberId === memberId) || s.departures.includes(memberId)
              ? withDatesOfItsChanges({
                  ...s,
                  roleMoves: s.roleMoves.filter((m) => m.memberId !== memberId),
                  departures: s.departures.filter((id) => id !== memberId),
                })
              : s,
          ),
        };
      }),
    'organisation:save': ({ organisation }) => change((data) => ({ ...data, organisation })),
    'organisation:renameProductTeam': ({ from, to }) =>
      change((data) => {
        const listed = data.organisation.productTeams.includes(from);
        if (!listed && !data.members.some((m) => m.productTeam === from)) {
          throw new HandlerError('not-found', `no product team is called "${from}"`, 'from');
        }
        // Only what names the team is replaced: every other member and scenario stays the same object.
        const renamed = <T extends { productTeam?: string }>(item: T): T =>
          item.productTeam === from ? { ...item, productTeam: to } : item;
        return {
          ...data,
          // Renaming onto a name already listed merges the two teams: the list keeps one.
          organisation: listed
            ? {
                ...data.organisation,
                productTeams: [...new Set(data.organisation.productTeams.map((t) => (t === from ? to : t)))],
              }
            : data.organisation,
          members: data.members.map(renamed),
          scenarios: data.scenarios.map((s) =>
            s.plannedHires.some((h) => h.productTeam === from)
              ? { ...s, plannedHires: s.plannedHires.map(renamed) }
              : s,
          ),
        };
      }),
    'scenario:save': ({ scenario }) =>
      change((data) => {
        const scenarios = data.scenarios.some((s) => s.id === scenario.id)
          ? data.scenarios.map((s) => (s.id === scenario.id ? scenario : s))
          : [...data.scenarios, scenario];
        checkReferences({ ...data, scenarios: [scenario] }, 'scenario');
        return { ...data, scenarios };
      }),
    'scenario:delete': ({ scenarioId }) =>
      change((data) => {
        if (!data.scenarios.some((s) => s.id === scenarioId)) {
          throw new HandlerError('not-found', `no scenario with id "${scenarioId}"`, 'scenarioId');
        }
        return { ...data, scenarios: data.scenarios.filter((s) => s.id !== scenarioId) };
      }),
    'settings:save': async ({ settings }) => {
      const data = await change((current) => {
        checkPlanningRoles(settings, current.settings, current.framework);
        return { ...current, settings };
      });
      deps.applyTheme(settings.theme);
      return data;
    },

    'framework:save': ({ framework }) => change((data) => ({ ...data, framework })),
    'framework:reset': () => change((data) => ({ ...data, framework: deps.builtinFramework() })),
    'framework:import': async () => {
      const file = await deps.chooseFileToOpen({
        title: 'Import a framework',
        filters: [{ name: 'Gapwise framework', extensions: ['json'] }],
      });
      if (file === null) return null;
      let text: string;
      try {
        text = await deps.readTextFile(file);
      } catch (error) {
        throw new HandlerError('io-error', `${basename(file)}: cannot be read (${(error as Error).message})`);
      }
      const parsed = parseFrameworkText(text);
      if (!parsed.ok) {
        throw new HandlerError('invalid-request', describeProblem(parsed.error, basename(file)), parsed.error.path);
      }
      return change((data) => {
        // The team must still fit: said here, naming the file, rather than by the store's check.
        const issues = checkTeamAgainstFramework(asTeamFile(data), parsed.value);
        const [first] = issues;
        if (first) {
          const message = `the team does not fit this framework, so it was not imported: ${formatPath(first.path)}: ${first.message}`;
          throw new HandlerError(
            'invalid-request',
            describeProblem({ code: 'invalid-reference', path: '', message, more: issues.length - 1 }, basename(file)),
          );
        }
        return { ...data, framework: parsed.value };
      });
    },
    'framework:export': async () => {
      const data = store.data();
      const file = await deps.chooseFileToSave({
        title: 'Export the framework',
        defaultName: `${data.framework.id}.json`,
        filters: [{ name: 'Gapwise framework', extensions: ['json'] }],
      });
      if (file === null) return null;
      await writeChosenFile(file, `${JSON.stringify(data.framework, null, 2)}\n`);
      return { file };
    },

    'backup:list': () => store.listBackups(),
    'backup:create': () => store.backupNow(),
    'backup:restore': async ({ name }) => {
      const data = await store.restoreBackup(name);
      deps.applyTheme(data.settings.theme);
      return data;
    },

    'plan:export': async (request) => {
      const { format } = request;
      const data = store.data();
      // Markdown and PDF with a kind are the documents a manager forwards; without one, the full report.
      if (request.kind !== undefined && (format === 'md' || format === 'pdf')) {
        return exportDocument({ ...request, format }, reportOf(data), data, deps, writeChosenFile);
      }
      const file = await deps.chooseFileToSave({
        title: 'Export the hiring plan',
        defaultName: defaultExportName(data.organisation.name, format),
        filters: [EXPORT_FILTERS[format]],
      });
      if (file === null) return null;
      // Rendered before anything is written: a failure leaves no half-made file.
      const report = reportOf(data);
      const bytes = await renderExport(report, format, deps.printToPdf, documentMeta(data, report, deps.now()));
      await writeChosenFile(file, bytes);
      return { file };
    },
  };
}
