import { z } from 'zod';
import { Candidate, Framework, Id, Member, NonEmptyText, Organisation, Scenario, type BenchmarksFile } from '../domain';
import { Settings, type AppData } from '../data';
import { ImportModeSchema, SheetLayoutSchema } from '../interchange/layout-schema';
import type { RawWorkbook } from '../interchange/types';
import { EXPORT_KINDS } from '../reports/document/types';
import { SelfDecision, type RoundSnapshot } from '../rounds/schema';
import { RoundRef, type MemberHistory, type RoundComparison } from '../rounds/types';
import { CHANNEL_METHODS, type Channel, type EVENT_SUBSCRIBERS } from './methods';

export { CHANNEL_METHODS, EVENT_SUBSCRIBERS, type Channel, type MethodOf } from './methods';

/*
 * The one IPC contract between the renderer and the main process. Every channel is named
 * `domain:verb` and has a strict request schema (unknown keys rejected) and a response
 * type. The main process registers exactly these handlers; the preload exposes exactly
 * these functions; both are derived from this table, so they cannot drift. The preload's
 * function names live in methods.ts, which the preload reads without the schemas.
 */

/** The largest request accepted on any channel, as serialised JSON (a 10,000-member import fits). */
export const MAX_REQUEST_BYTES = 16 * 1024 * 1024;

export type IpcErrorCode =
  | 'forbidden-sender'
  | 'invalid-request'
  | 'too-large'
  | 'not-found'
  | 'conflict'
  | 'io-error'
  | 'cancelled'
  | 'internal';

export interface IpcError {
  code: IpcErrorCode;
  message: string;
  /** Field path of the offending value (`member.levels.data-pipelines`), empty when not about a field. */
  path: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** One channel: its request schema and (as a type) its response. */
const channel =
  <Req extends z.ZodType>(request: Req) =>
  <Res>() => ({ request, response: undefined as unknown as Res });

/** Each channel's entry with the preload's function name for it (from methods.ts) added. */
function withMethods<Table extends Record<Channel, object>>(
  table: Table,
): { [C in Channel]: Table[C] & { method: (typeof CHANNEL_METHODS)[C] } } {
  const entries = Object.entries(table).map(([name, entry]) => [
    name,
    { method: CHANNEL_METHODS[name as Channel], ...entry },
  ]);
  return Object.fromEntries(entries) as { [C in Channel]: Table[C] & { method: (typeof CHANNEL_METHODS)[C] } };
}

const Empty = z.strictObject({});

export const BackupInfo = z.object({
  name: z.string(),
  createdAt: z.string(),
  bytes: z.number(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** What the renderer is told after the store recovered from a corrupt or unreadable file. */
export interface RecoveryNotice {
  reason: string;
  /** Where the unreadable file was moved, byte for byte. */
  quarantinedTo: string;
  /** The backup the data was restored from, or null when none was valid (started fresh). */
  restoredFrom: string | null;
}

export interface DataSnapshot {
  data: AppData;
  dataFile: string;
  recovery: RecoveryNotice | null;
  /** What upgrading an older data file changed in it (cleaned text), one line each; usually none. */
  upgradeChanges: string[];
}

export interface SavedFile {
  /** The file written, or the folder of the files when there are several. */
  file: string;
  /** The files written into `file`, when it is a folder (one job brief per hire). */
  files?: string[];
}

export const EXPORT_FORMATS = ['md', 'csv', 'json', 'pdf', 'xlsx'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/**
 * A plan export. Markdown and PDF are one of the documents a manager forwards (the summary
 * for leadership, the job briefs, the internal detail with names; the detail when no kind is
 * given); CSV, JSON and Excel are the full report. Briefs may be written one file per hire.
 */
export const PlanExportRequest = z
  .strictObject({ format: ExportFormat, kind: z.enum(EXPORT_KINDS).optional(), eachHire: z.boolean().optional() })
  .refine((r) => r.kind === undefined || r.format === 'md' || r.format === 'pdf', {
    path: ['kind'],
    message: 'only Markdown and PDF exports have a kind; CSV, JSON and Excel are the full report',
  })
  .refine((r) => r.eachHire !== true || r.kind === 'brief', {
    path: ['eachHire'],
    message: 'one file per hire is for job briefs only',
  });
export type PlanExportRequest = z.infer<typeof PlanExportRequest>;

export const TEAM_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const TeamExportFormat = z.enum(TEAM_EXPORT_FORMATS);
export type TeamExportFormat = z.infer<typeof TeamExportFormat>;

/** A spreadsheet main has read; main keeps it under `token` until it is imported or another is read. */
export interface MatrixRead {
  token: string;
  workbook: RawWorkbook;
}

/** What an import did; `undoBackup` is the backup taken just before, which restores the data as it was. */
export interface ImportDone {
  data: AppData;
  added: number;
  updated: number;
  undoBackup: string;
}

/**
 * Progress of reading a spreadsheet, sent while main's worker reads it. `fraction` is the
 * share of the whole read done (0 to 1), known at every stage, so that the dialog's bar is
 * determinate throughout; `done` of `total` are the rows converted while converting (0 of 1
 * before).
 */
export interface ImportProgress {
  stage: 'reading' | 'parsing' | 'converting';
  done: number;
  total: number;
  fraction: number;
}

/** A round deleted: the data without it, and the token that brings it back (`round:undoDelete`). */
export interface RoundDeleted {
  data: AppData;
  undo: string;
}

/** The open round replaced by a closed round's team; `undoBackup` restores the data as it was. */
export interface RoundReopened {
  data: AppData;
  undoBackup: string;
}

/** Returned self-assessment forms read: those taken in, and each refused file with the reason. */
export interface FormsImported {
  data: AppData;
  imported: { file: string; memberId: string; name: string }[];
  refused: { file: string; reason: string }[];
}

/** A candidate hired: the data with them as a member (and no longer a candidate), and the member's id. */
export interface CandidateHired {
  data: AppData;
  memberId: string;
}

export const ROUND_EXPORT_FORMATS = ['md', 'csv', 'json', 'xlsx'] as const;
export const RoundExportFormat = z.enum(ROUND_EXPORT_FORMATS);
export type RoundExportFormat = z.infer<typeof RoundExportFormat>;

export const ipcContract = withMethods({
  'app:getInfo': channel(Empty)<{ version: string; dataFolder: string }>(),
  'app:openDataFolder': channel(Empty)<null>(),
  'link:openExternal': channel(z.strictObject({ url: z.string().max(2048) }))<null>(),

  'data:load': channel(Empty)<DataSnapshot>(),
  'team:clearSample': channel(Empty)<AppData>(),
  'member:save': channel(z.strictObject({ member: Member }))<AppData>(),
  'member:delete': channel(z.strictObject({ memberId: Id }))<AppData>(),
  'organisation:save': channel(z.strictObject({ organisation: Organisation }))<AppData>(),
  /** Renames a product team wherever it is named: the organisation, members, planned hires. */
  'organisation:renameProductTeam': channel(
    z.strictObject({ from: NonEmptyText(120), to: NonEmptyText(120) }),
  )<AppData>(),
  'scenario:save': channel(z.strictObject({ scenario: Scenario }))<AppData>(),
  'scenario:delete': channel(z.strictObject({ scenarioId: Id }))<AppData>(),
  'settings:save': channel(z.strictObject({ settings: Settings }))<AppData>(),

  'framework:save': channel(z.strictObject({ framework: Framework }))<AppData>(),
  'framework:reset': channel(Empty)<AppData>(),
  /** Opens a file dialog in main; null when the user cancels. */
  'framework:import': channel(Empty)<AppData | null>(),
  'framework:export': channel(Empty)<SavedFile | null>(),

  'backup:list': channel(Empty)<BackupInfo[]>(),
  'backup:create': channel(Empty)<BackupInfo[]>(),
  'backup:restore': channel(z.strictObject({ name: z.string().min(1).max(200) }))<AppData>(),

  /** Opens a CSV or Excel file (dialog in main) and reads it in a worker; null when the user cancels. */
  'matrix:read': channel(Empty)<MatrixRead | null>(),
  /** Imports the members of the read sheet as the layout says, all or nothing; refused if any row has an error. */
  'team:import': channel(
    z.strictObject({ token: z.string().min(1).max(100), layout: SheetLayoutSchema, mode: ImportModeSchema }),
  )<ImportDone>(),
  /** Saves the team matrix (CSV or Excel) through a save dialog; null when the user cancels. */
  'team:export': channel(z.strictObject({ format: TeamExportFormat }))<SavedFile | null>(),
  /** Saves a blank matrix (.xlsx) for the current framework through a save dialog; null when cancelled. */
  'team:template': channel(Empty)<SavedFile | null>(),
  /** Saves everything (team, framework, scenarios, settings) as one JSON file; null when cancelled. */
  'data:exportAll': channel(Empty)<SavedFile | null>(),
  /** Reads a file saved by data:exportAll and replaces or merges; null when cancelled. */
  'data:importAll': channel(z.strictObject({ mode: ImportModeSchema }))<ImportDone | null>(),

  /** Saves the hiring plan through a save (or folder) dialog; null when the user cancels. */
  'plan:export': channel(PlanExportRequest)<SavedFile | null>(),

  /** Closes the open round: the team as it is now is frozen into its own round file. */
  'round:close': channel(z.strictObject({ name: NonEmptyText(120), date: z.iso.date() }))<AppData>(),
  'round:rename': channel(z.strictObject({ roundId: Id, name: NonEmptyText(120) }))<AppData>(),
  'round:delete': channel(z.strictObject({ roundId: Id }))<RoundDeleted>(),
  'round:undoDelete': channel(z.strictObject({ undo: z.string().min(1).max(200) }))<AppData>(),
  /** Starts the open round again from a closed round's team (the closed round stays as it was). */
  'round:reopen': channel(z.strictObject({ roundId: Id }))<RoundReopened>(),
  'round:load': channel(z.strictObject({ roundId: Id }))<RoundSnapshot>(),
  'round:memberHistory': channel(z.strictObject({ memberId: Id }))<MemberHistory>(),
  'rounds:compare': channel(z.strictObject({ from: RoundRef, to: RoundRef }))<RoundComparison>(),
  /** Saves the trends over rounds (every chart's table) through a save dialog; null when cancelled. */
  'rounds:exportTrends': channel(z.strictObject({ format: RoundExportFormat }))<SavedFile | null>(),
  /** Saves a comparison of two rounds through a save dialog; null when cancelled. */
  'rounds:exportComparison': channel(
    z.strictObject({ from: RoundRef, to: RoundRef, format: RoundExportFormat }),
  )<SavedFile | null>(),

  /** Writes self-assessment forms (.xlsx) into a chosen folder: one per member, or one per product team. */
  'forms:export': channel(
    z.strictObject({ memberIds: z.array(Id).max(100_000).optional(), perTeam: z.boolean() }),
  )<SavedFile | null>(),
  /** Reads returned forms chosen in an open dialog (many at once); null when cancelled. */
  'forms:import': channel(Empty)<FormsImported | null>(),
  /** Takes a member's self rating of a skill as the manager's level, or keeps the manager's. */
  'selfAssessment:decide': channel(z.strictObject({ memberId: Id, skillId: Id, decision: SelfDecision }))<AppData>(),
  /** The published figures (with sources) the dashboard sets the team's own beside. */
  'benchmarks:read': channel(Empty)<BenchmarksFile>(),

  'candidate:add': channel(z.strictObject({ candidate: Candidate }))<AppData>(),
  'candidate:update': channel(z.strictObject({ candidate: Candidate }))<AppData>(),
  'candidate:delete': channel(z.strictObject({ candidateId: Id }))<AppData>(),
  /** Makes the candidate a member; with `takeOverWork`, an engineering hire takes work off the scientists. */
  'candidate:hire': channel(z.strictObject({ candidateId: Id, takeOverWork: z.boolean() }))<CandidateHired>(),
} as const satisfies Record<Channel, object>);

export type IpcContract = typeof ipcContract;
export type RequestOf<C extends Channel> = z.infer<IpcContract[C]['request']>;
export type ResponseOf<C extends Channel> = IpcContract[C]['response'];

export const CHANNELS = Object.keys(ipcContract) as Channel[];

/** Events the main process sends to the renderer, with their payloads. */
export interface IpcEvents {
  /**
   * Main changed the data on its own (a menu action such as importing a framework). The
   * page's own requests are answered with the new data instead, never with this event too.
   */
  'data:changed': AppData;
  'store:recovered': RecoveryNotice;
  /** A menu item the renderer handles (e.g. "export the plan as PDF"). */
  'menu:command': { command: MenuCommand };
  'import:progress': ImportProgress;
}
export type EventName = keyof IpcEvents;
export const EVENT_NAMES: readonly EventName[] = ['data:changed', 'store:recovered', 'menu:command', 'import:progress'];

export const MENU_COMMANDS = ['restore-backup', 'show-shortcuts', 'import-team', 'import-data'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * The API the preload exposes as `window.gapwise`: one named function per channel, taking
 * the request object and resolving with the typed result (a refused call resolves with
 * `ok: false`, it does not throw), and one named subscription per event that returns its
 * unsubscribe function. No generic invoke, no channel names in the page.
 */
export type GapwiseApi = {
  [C in Channel as IpcContract[C]['method']]: (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;
} & {
  [S in keyof typeof EVENT_SUBSCRIBERS]: (
    listener: (payload: IpcEvents[(typeof EVENT_SUBSCRIBERS)[S]]) => void,
  ) => () => void;
};
