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
import { quoteCell } from '../shared/interchange/quote';
import { readTextFile, UserError, writeFileAtomic } from './files';
import { isMatrixFile, teamFromMatrix } from './matrix';
import { terminalOutput, type CliIo, type TerminalOutput } from './output';

export type { CliIo } from './output';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

export const HELP = `gapwise — score a data team against the data scientist and data engineer frameworks,
find coverage gaps and plan the fewest hires that close them. Everything runs locally.

Usage:
  gapwise analyze <team.json|team.xlsx|team.csv> [--map <file>] [--framework <file>]
                  [--format md|json|csv] [--out <file>] [--strict]
  gapwise validate <file> [--map <file>] [--framework <file>] [--strict]
  gapwise sample
  gapwise --help | --version

Commands:
  analyze   Analyse a team file and print the hiring plan (Markdown by default).
            --format md    the plan as a Markdown document
            --format json  the full report (schema: docs/report.schema.json)
            --format csv   the plan as CSV (hires, upskilling, residual gaps, structure advice)
            --out <file>   write to a file instead of standard output (all or nothing)
            --framework    a framework file to use instead of the built-in one
            A spreadsheet (.xlsx, .csv, .tsv) is read as a skills matrix, one row
            per person, as the app imports it: the header row and the columns are
            matched to the framework's skills by name and aliases. Each column left
            out (no skill fits, or several do) is listed on standard error with why.
            --map <file>   a JSON mapping instead of the detected one:
                           {"sheet": "Team", "headerRow": 3,
                            "columns": {"Full name": "name", "Position": "role",
                                        "Spark": "skill:big-data-technologies",
                                        "Notes": "ignore"},
                            "levels": {"Guru": 4}}
                           columns: name, title, role, productTeam, fte, ignore or
                           skill:<skill id> (ids are in the framework file)
            --strict       fail (exit 2) if any column with values is left out;
                           columns the --map file marks "ignore" do not count
  validate  Check a team, framework or spreadsheet file; says where the problems are.
            Takes --map, --framework and --strict as analyze does.
  sample    Print the bundled sample team (a starting point for your own file).

Output on a terminal shows control characters in names and cells visibly (ESC as ␛);
--out writes the exact text.

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

type Values = Record<string, string | boolean | undefined>;

async function loadTeam(file: string, framework: Framework, values: Values, output: TerminalOutput): Promise<TeamFile> {
  const mapFile = values.map as string | undefined;
  if (isMatrixFile(file)) {
    const matrix = await teamFromMatrix(file, framework, { mapFile, strict: values.strict === true, note: output.err });
    return matrix.team;
  }
  if (mapFile !== undefined) throw new UserError('--map applies to spreadsheets (.xlsx, .csv, .tsv) only');
  return unwrap(parseTeamText(readTextFile(file), framework), file);
}

async function analyze(positionals: string[], values: Values, output: TerminalOutput): Promise<number> {
  const teamFile = positionals[0];
  if (teamFile === undefined) throw new UserError('analyze: name a team file, e.g. gapwise analyze team.json');
  if (positionals.length > 1) throw new UserError(`analyze: unexpected argument ${quoteCell(positionals[1]!)}`);
  const format = (values.format ?? 'md') as string;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UserError(`--format must be one of ${FORMATS.join(', ')} (got ${quoteCell(format)})`);
  }
  const framework = loadFramework(values.framework as string | undefined);
  const team = await loadTeam(teamFile, framework, values, output);
  const report = renderReport(team, framework, format as Format);
  const out = values.out as string | undefined;
  // A file gets the exact text; only a terminal needs control characters made visible.
  if (out === undefined) output.document(report, format === 'json' ? 'json' : 'text');
  else {
    writeFileAtomic(out, report);
    output.err(`gapwise: wrote ${out}\n`);
  }
  return EXIT_OK;
}

async function validate(positionals: string[], values: Values, output: TerminalOutput): Promise<number> {
  const file = positionals[0];
  if (file === undefined) throw new UserError('validate: name a file, e.g. gapwise validate team.json');
  if (isMatrixFile(file)) {
    const framework = loadFramework(values.framework as string | undefined);
    const { team, dropped } = await teamFromMatrix(file, framework, {
      mapFile: values.map as string | undefined,
      strict: values.strict === true,
      note: output.err,
    });
    const leftOut =
      dropped === 0 ? '' : `; ${dropped} column${dropped === 1 ? '' : 's'} with values left out, listed above`;
    output.out(`${file}: valid skills matrix (${team.members.length} people${leftOut})\n`);
    return EXIT_OK;
  }
  const data = unwrap(parseJsonText(readTextFile(file)), file);
  const kind = data !== null && typeof data === 'object' ? (data as { kind?: unknown }).kind : undefined;
  if (kind === 'gapwise-framework') {
    const fw = unwrap(parseFrameworkText(readTextFile(file)), file);
    output.out(
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
  output.out(
    `${file}: valid team "${team.organisation.name}" (${team.members.length} members, ${scenarios} scenario${scenarios === 1 ? '' : 's'})\n`,
  );
  return EXIT_OK;
}

/** Runs the CLI and returns its exit code; never throws for a user's mistake. */
export async function run(argv: string[], io: CliIo, version: string): Promise<number> {
  const output = terminalOutput(io);
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
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    if (values.help) {
      output.out(HELP);
      return EXIT_OK;
    }
    if (values.version) {
      output.out(`${version}\n`);
      return EXIT_OK;
    }
    const [command, ...rest] = positionals;
    switch (command) {
      case 'analyze':
      case 'analyse':
        return await analyze(rest, values, output);
      case 'validate':
        return await validate(rest, values, output);
      case 'sample':
        output.document(`${JSON.stringify(sampleTeam, null, 2)}\n`, 'json');
        return EXIT_OK;
      case undefined:
        output.err(HELP);
        return EXIT_BAD_INPUT;
      default:
        throw new UserError(`unknown command ${quoteCell(command)} (try gapwise --help)`);
    }
  } catch (e) {
    if (e instanceof UserError) {
      output.err(`gapwise: ${e.message}\n`);
      return EXIT_BAD_INPUT;
    }
    // parseArgs reports unknown options and missing values with these codes.
    const code = (e as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      output.err(`gapwise: ${(e as Error).message} (try gapwise --help)\n`);
      return EXIT_BAD_INPUT;
    }
    output.err(`gapwise: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT_FAILURE;
  }
}
