import { parseArgs } from 'node:util';
import sampleTeam from '../resources/sample-team.json';
import type { Framework, TeamFile } from '../shared/domain';
import {
  builtinFramework,
  describeProblem,
  parseFrameworkText,
  parseJsonText,
  parseTeamText,
  type Parsed,
} from '../shared/io';
import { planToCsv, reportFor, reportToJson, reportToMarkdown } from '../shared/reports';
import { readTextFile, UserError, writeFileAtomic } from './files';
import { isMatrixFile, teamFromMatrix } from './matrix';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const HELP = `gapwise — score a data team against the data scientist and data engineer frameworks,
find coverage gaps and plan the fewest hires that close them. Everything runs locally.

Usage:
  gapwise analyze <team.json|team.xlsx|team.csv> [--map <file>] [--framework <file>]
                  [--format md|json|csv] [--out <file>]
  gapwise validate <file> [--map <file>] [--framework <file>]
  gapwise sample
  gapwise --help | --version

Commands:
  analyze   Analyse a team file and print the hiring plan (Markdown by default).
            --format md    the plan as a Markdown document
            --format json  the full report (schema: docs/report.schema.json)
            --format csv   the plan as CSV (hires, upskilling, residual gaps)
            --out <file>   write to a file instead of standard output (all or nothing)
            --framework    a framework file to use instead of the built-in one
            A spreadsheet (.xlsx, .csv, .tsv) is read as a skills matrix, one row
            per person, as the app imports it: the header row and the columns are
            matched to the framework's skills by name and aliases.
            --map <file>   a JSON mapping instead of the detected one:
                           {"sheet": "Team", "headerRow": 3,
                            "columns": {"Spark": "skill:big-data-technologies",
                                        "Notes": "ignore"},
                            "levels": {"Guru": 4}}
  validate  Check a team, framework or spreadsheet file; says where the problems are.
  sample    Print the bundled sample team (a starting point for your own file).

Exit status: 0 success, 2 bad input or usage (one line naming the file and field), 1 anything else.
`;

const FORMATS = ['md', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

function unwrap<T>(parsed: Parsed<T>, file: string): T {
  if (!parsed.ok) throw new UserError(describeProblem(parsed.error, file));
  return parsed.value;
}

function loadFramework(file: string | undefined): Framework {
  return file === undefined ? builtinFramework() : unwrap(parseFrameworkText(readTextFile(file)), file);
}

export function renderReport(team: TeamFile, framework: Framework, format: Format): string {
  const report = reportFor({ framework, organisation: team.organisation, members: team.members }, team.scenarios);
  if (format === 'json') return reportToJson(report);
  if (format === 'csv') return planToCsv(report);
  return reportToMarkdown(report);
}

async function loadTeam(file: string, framework: Framework, mapFile: string | undefined): Promise<TeamFile> {
  if (isMatrixFile(file)) return teamFromMatrix(file, framework, mapFile);
  if (mapFile !== undefined) throw new UserError('--map applies to spreadsheets (.xlsx, .csv, .tsv) only');
  return unwrap(parseTeamText(readTextFile(file), framework), file);
}

async function analyze(
  positionals: string[],
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
): Promise<number> {
  const teamFile = positionals[0];
  if (teamFile === undefined) throw new UserError('analyze: name a team file, e.g. gapwise analyze team.json');
  if (positionals.length > 1) throw new UserError(`analyze: unexpected argument "${positionals[1]}"`);
  const format = (values.format ?? 'md') as string;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UserError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
  }
  const framework = loadFramework(values.framework as string | undefined);
  const team = await loadTeam(teamFile, framework, values.map as string | undefined);
  const output = renderReport(team, framework, format as Format);
  const out = values.out as string | undefined;
  if (out === undefined) io.stdout(output);
  else {
    writeFileAtomic(out, output);
    io.stderr(`gapwise: wrote ${out}\n`);
  }
  return EXIT_OK;
}

async function validate(
  positionals: string[],
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
): Promise<number> {
  const file = positionals[0];
  if (file === undefined) throw new UserError('validate: name a file, e.g. gapwise validate team.json');
  if (isMatrixFile(file)) {
    const framework = loadFramework(values.framework as string | undefined);
    const team = await teamFromMatrix(file, framework, values.map as string | undefined);
    io.stdout(`${file}: valid skills matrix (${team.members.length} people)\n`);
    return EXIT_OK;
  }
  const data = unwrap(parseJsonText(readTextFile(file)), file);
  const kind = data !== null && typeof data === 'object' ? (data as { kind?: unknown }).kind : undefined;
  if (kind === 'gapwise-framework') {
    const fw = unwrap(parseFrameworkText(readTextFile(file)), file);
    io.stdout(
      `${file}: valid framework "${fw.name}" ${fw.version} (${fw.skills.length} skills, ${fw.roles.length} roles)\n`,
    );
    return EXIT_OK;
  }
  if (kind !== 'gapwise-team') {
    throw new UserError(`${file}: kind: expected "gapwise-team" or "gapwise-framework"`);
  }
  const framework = loadFramework(values.framework as string | undefined);
  const team = unwrap(parseTeamText(readTextFile(file), framework), file);
  const scenarios = team.scenarios?.length ?? 0;
  io.stdout(
    `${file}: valid team "${team.organisation.name}" (${team.members.length} members, ${scenarios} scenario${scenarios === 1 ? '' : 's'})\n`,
  );
  return EXIT_OK;
}

/** Runs the CLI and returns its exit code; never throws for a user's mistake. */
export async function run(argv: string[], io: CliIo, version: string): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        framework: { type: 'string' },
        map: { type: 'string' },
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    if (values.help) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    if (values.version) {
      io.stdout(`${version}\n`);
      return EXIT_OK;
    }
    const [command, ...rest] = positionals;
    switch (command) {
      case 'analyze':
      case 'analyse':
        return await analyze(rest, values, io);
      case 'validate':
        return await validate(rest, values, io);
      case 'sample':
        io.stdout(`${JSON.stringify(sampleTeam, null, 2)}\n`);
        return EXIT_OK;
      case undefined:
        io.stderr(HELP);
        return EXIT_BAD_INPUT;
      default:
        throw new UserError(`unknown command "${command}" (try gapwise --help)`);
    }
  } catch (e) {
    if (e instanceof UserError) {
      io.stderr(`gapwise: ${e.message}\n`);
      return EXIT_BAD_INPUT;
    }
    // parseArgs reports unknown options and missing values with these codes.
    const code = (e as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`gapwise: ${(e as Error).message} (try gapwise --help)\n`);
      return EXIT_BAD_INPUT;
    }
    io.stderr(`gapwise: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT_FAILURE;
  }
}
