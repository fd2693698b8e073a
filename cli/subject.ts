import { isUtf8 } from 'node:buffer';
import {
  asTeamFile,
  DATA_KIND,
  DATA_SCHEMA_VERSION,
  decodeDataFile,
  runMigrations,
  type AppData,
} from '../shared/data';
import { splitSavedAll } from '../shared/rounds/saved-all';
import type { RoundSnapshot } from '../shared/rounds/schema';
import {
  checkTeamAgainstFramework,
  type Framework,
  type Member,
  type Organisation,
  type PlanningSettings,
  type Scenario,
} from '../shared/domain';
import {
  builtinFramework,
  describeProblem,
  formatPath,
  parseFramework,
  parseFrameworkText,
  parseJsonText,
  parseTeam,
  type Parsed,
} from '../shared/io';
import { provideInput, readTextFile, UserError } from './files';
import { readInput, type Input } from './input';
import type { CliIo } from './output';
import { teamFromMatrix } from './matrix';

/*
 * What the file the user named holds, validated as the app validates it: a skills matrix
 * (read with the import's rules), a team file, the app's own data file or its "Save all
 * data" export (both kind "gapwise-data": read with the store's decodeDataFile, migrations
 * included), or a framework file (validate only).
 */

/** A team ready to analyse: what reportFor needs, from whichever file held it. */
export interface Analysable {
  framework: Framework;
  organisation: Organisation;
  members: readonly Member[];
  scenarios: readonly Scenario[];
  /** Lead times and months per level (the app's data file only; absent: the defaults). */
  planning?: PlanningSettings;
}

export type Subject =
  | { kind: 'matrix'; team: Analysable; dropped: number }
  | { kind: 'team'; team: Analysable }
  | { kind: 'data'; team: Analysable; data: AppData; roundSnapshots: ReadonlyMap<string, RoundSnapshot> }
  | { kind: 'framework'; framework: Framework };

export interface SubjectOptions {
  /** --framework: a framework file to use instead of the built-in one (or the data file's own). */
  frameworkFile: string | undefined;
  mapFile: string | undefined;
  strict: boolean;
  /** One line on standard error: left-out columns, an older data version, a framework swapped. */
  note: (line: string) => void;
}

function unwrap<T>(parsed: Parsed<T>, file: string): T {
  if (!parsed.ok) throw new UserError(describeProblem(parsed.error, file));
  return parsed.value;
}

export function loadFramework(file: string | undefined): Framework {
  return file === undefined ? builtinFramework() : unwrap(parseFrameworkText(readTextFile(file)), file);
}

const describeFramework = (framework: Framework) => `"${framework.name}" ${framework.version}`;

/**
 * The data file as the app opens it: UTF-8 checked, migrated from an older version in memory
 * (the file is never written), validated. An older version is said on standard error with
 * what the upgrade changed, as the app tells the user after an upgrade.
 */
function dataFromText(text: string, name: string, note: SubjectOptions['note']): AppData {
  let fromVersion = DATA_SCHEMA_VERSION;
  const decoded = decodeDataFile(text, (document) => {
    const result = runMigrations(document);
    if (result.ok) fromVersion = result.fromVersion;
    return result;
  });
  if (!decoded.ok) throw new UserError(`${name}: ${decoded.message}`);
  if (decoded.migrated) {
    note(
      `gapwise: ${name}: read as data version ${fromVersion} and brought up to version ${DATA_SCHEMA_VERSION} ` +
        'in memory only (the file is not changed)\n',
    );
    for (const change of decoded.changes) note(`gapwise: ${name}: ${change}\n`);
  }
  return decoded.data;
}

/**
 * The data's team under the --framework file instead of its own framework: every skill and
 * role the team uses must be in it, or the first one missing is named.
 */
function underFramework(data: AppData, name: string, options: SubjectOptions): Framework {
  if (options.frameworkFile === undefined) return data.framework;
  const framework = loadFramework(options.frameworkFile);
  const issues = checkTeamAgainstFramework(asTeamFile(data), framework);
  const first = issues[0];
  if (first) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw new UserError(
      `${name}: ${formatPath(first.path)}: ${first.message} in the framework of ${options.frameworkFile}${more}`,
    );
  }
  options.note(
    `gapwise: ${name}: using the framework ${describeFramework(framework)} of ${options.frameworkFile} ` +
      `instead of the data file's own ${describeFramework(data.framework)}\n`,
  );
  return framework;
}

async function matrixSubject(input: Input, options: SubjectOptions): Promise<Subject> {
  const framework = loadFramework(options.frameworkFile);
  // Standard input has no file to read again: the matrix reader gets its bytes by name.
  const release = input.bytes === undefined ? undefined : provideInput(input.name, input.bytes);
  try {
    const { team, dropped } = await teamFromMatrix(input.name, framework, {
      mapFile: options.mapFile,
      strict: options.strict,
      note: options.note,
    });
    return { kind: 'matrix', team: { ...team, scenarios: team.scenarios ?? [], framework }, dropped };
  } finally {
    release?.();
  }
}

/** Reads and validates what the input holds; a UserError names the file and field when it is wrong. */
export async function loadSubject(input: Input, options: SubjectOptions): Promise<Subject> {
  if (input.kind === 'matrix') return matrixSubject(input, options);
  const { name, bytes } = input;
  if (options.mapFile !== undefined) throw new UserError('--map applies to spreadsheets (.xlsx, .csv, .tsv) only');
  if (!isUtf8(bytes)) throw new UserError(`${name}: the file is not valid UTF-8 text`);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const value = unwrap(parseJsonText(text), name);
  const kind = value !== null && typeof value === 'object' ? (value as { kind?: unknown }).kind : undefined;
  if (kind === DATA_KIND) {
    // A "Save all data" file holds the closed rounds' teams beside the data: read apart.
    const parts = splitSavedAll(text);
    if (!parts.ok) throw new UserError(`${name}: ${parts.message}`);
    // decodeDataFile parses the text again: the store's own reading, unchanged, is worth it.
    const data = dataFromText(parts.dataText, name, options.note);
    const framework = underFramework(data, name, options);
    return {
      kind: 'data',
      data,
      team: { ...data, framework, planning: data.settings.planning },
      roundSnapshots: parts.snapshots,
    };
  }
  if (kind === 'gapwise-framework') return { kind: 'framework', framework: unwrap(parseFramework(value), name) };
  if (kind !== 'gapwise-team') {
    throw new UserError(
      `${name}: kind: expected "gapwise-team", "${DATA_KIND}" or "gapwise-framework", got ${JSON.stringify(kind) ?? 'nothing'}`,
    );
  }
  const framework = loadFramework(options.frameworkFile);
  const team = unwrap(parseTeam(value, framework), name);
  return { kind: 'team', team: { ...team, scenarios: team.scenarios ?? [], framework } };
}

/**
 * The app's data file (or a "Save all data" file) for a command that needs what only it
 * has: the members' ids and the rounds. Any other file is refused, saying why (`needs`).
 */
export async function loadAppData(
  file: string,
  io: Pick<CliIo, 'readStdin'>,
  note: SubjectOptions['note'],
  needs: (name: string) => string,
): Promise<Extract<Subject, { kind: 'data' }>> {
  const input = await readInput(file, io);
  const subject = await loadSubject(input, { frameworkFile: undefined, mapFile: undefined, strict: false, note });
  if (subject.kind !== 'data') throw new UserError(needs(input.name));
  return subject;
}
