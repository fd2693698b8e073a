import { parseArgs } from 'node:util';
import sampleTeam from '../resources/sample-team.json';
import { unusedPlanningNotices, type PlanningSettings } from '../shared/domain';
import { quoteCell } from '../shared/interchange/quote';
import { planToXlsx } from '../shared/interchange/write-matrix';
import { planToCsv, reportFor, reportToHtml, reportToJson, reportToMarkdown } from '../shared/reports';
import { allBriefsDocument } from '../shared/reports/document/brief';
import { documentMeta } from '../shared/reports/document/meta';
import { detailDocument } from '../shared/reports/document/detail';
import { summaryDocument } from '../shared/reports/document/summary';
import { documentToHtml } from '../shared/reports/document/to-html';
import { documentToMarkdown } from '../shared/reports/document/to-markdown';
import { EXPORT_KINDS, type ExportKind } from '../shared/reports/document/types';
import { UserError, writeFileAtomic } from './files';
import { formsCommand } from './forms';
import { HIRE_LIMIT_OPTIONS, joinLimitValues, planningFor, strayLimitOption } from './hire-limit';
import { readInput, STDIN, STDIN_NAME } from './input';
import { htmlToPdf } from './pdf';
import { terminalOutput, type CliIo, type TerminalOutput } from './output';
import { diff, listRounds } from './rounds';
import { loadSubject, type Analysable, type SubjectOptions } from './subject';

export type { CliIo } from './output';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

export const HELP = `gapwise — score a data team against the data scientist and data engineer frameworks,
find coverage gaps and plan the fewest hires that close them. Everything runs locally.

Usage:
  gapwise analyze <team.json|data.json|team.xlsx|team.csv|-> [--map <file>] [--framework <file>]
                  [--format md|pdf|json|csv|xlsx] [--kind summary|brief|detail]
                  [--out <file>] [--strict] [--max-hires <n> | --budget <amount>]
  gapwise validate <file|-> [--map <file>] [--framework <file>] [--strict]
  gapwise rounds <data-file>
  gapwise diff <data-file> [--from <round>] [--to <round|today>] [--format md|json|csv]
               [--out <file>]
  gapwise forms <data-file|-> --out <dir> [--per-team]
  gapwise sample
  gapwise --help | --version

Commands:
  analyze   Analyse a team and print the hiring plan (Markdown by default).
            --format md    the plan as a Markdown document (the full report, or --kind)
            --format pdf   the same as PDF, printed by the Chromium or Chrome on this
                           machine (binary: needs --out, or standard output redirected);
                           set GAPWISE_CHROMIUM to its path if it is not on the PATH
            --kind summary the summary for leadership: one or two pages, dated, no names
            --kind brief   a job brief per hire for a recruiter: no names, no scores
            --kind detail  the internal detail for the manager: names, personal data
            --format json  the full report (schema: docs/report.schema.json)
            --format csv   the plan as CSV (hires, upskilling, residual gaps, structure advice)
            --format xlsx  the plan workbook the app exports (binary: needs --out, or
                           standard output redirected to a file or a pipe)
            --out <file>   write to a file instead of standard output (all or nothing)
            --max-hires <n>   the best plan within n hires, beside the fewest hires
                           that close every gap ("Within limit" in md, csv, xlsx,
                           json's analysis.budgetPlan); replaces a data file's limit
            --budget <amount> the same within a yearly budget, at the cost per role
                           in the data file's settings, in their currency
            --framework    a framework file to use instead of the built-in one (or
                           instead of a data file's own, which is then said)
            The app's data file and its "Save all data" file (kind "gapwise-data") are
            read as the app reads them: with their own framework, organisation
            settings and scenarios, so the plan is the one the app shows. A file from
            an older Gapwise is upgraded in memory (said on standard error; the file
            is not changed); one from a newer Gapwise is refused.
            The file "-" is standard input: a JSON file (team, data, framework), CSV
            text or XLSX bytes, told apart by their first bytes; messages call it
            "standard input".
            A spreadsheet (.xlsx, .csv, .tsv) is read as a skills matrix, one row
            per person, as the app imports it: the header row and the columns are
            matched to the framework's skills by name and aliases. Roles come from
            a role column, else the job title; totals rows ("Team average") are left
            out. Each column and row left out is listed on standard error with why.
            --map <file>   a JSON mapping; what it leaves out stays as detected:
                           {"sheet": "Team", "headerRow": 3,
                            "columns": {"Full name": "name", "Job Title": "title",
                                        "Spark": "skill:big-data-technologies",
                                        "Machine Learning": ["skill:ml-algorithms",
                                                             "skill:ml-model-development"],
                                        "Pipelines %": "allocation:data-pipelines",
                                        "Comments": "notes", "Reviewed": "assessedOn",
                                        "Coffee": "ignore"},
                            "levels": {"Guru": 4},
                            "roles": {"Quant": "data-scientist", "Intern": "other"},
                            "defaultRole": "data-scientist",
                            "skipRows": [14], "keepRows": [9]}
                           columns: name, title, role, productTeam, fte, notes,
                           assessedOn, ignore, skill:<skill id> (a list for several),
                           allocation:<responsibility id> (ids are in the framework file);
                           roles: a role or title value → role id or "other";
                           defaultRole: for people whose role the file does not give;
                           skipRows / keepRows: sheet rows to leave out / to read
                           although they look like a totals row
            --strict       fail (exit 2) if any column with values is left out;
                           columns the --map file marks "ignore" do not count
  validate  Check a team, data, framework or spreadsheet file; says where the problems are.
            Takes --map, --framework and --strict as analyze does.
  rounds    List the closed assessment rounds of the app's data file, oldest first:
            name, date, members, framework version and id; then the open round.
  diff      What changed between two rounds: who joined and left, role and level
            changes (per member and per skill), gaps closed and opened, and whether
            the hires the earlier round's plan asked for happened (each of their
            gaps closed or still open). Markdown by default; --format json or csv.
            --from <round> a round's id or name (any case); default: the last closed round
            --to <round>   a round's id or name, or "today" (the default): the open round
            Round files are read from the folder "rounds" beside the data file and
            checked as the app checks them; a missing or damaged one is named.
            Skills are matched by id: renamed, retired and added skills are listed.
  forms     Write the self-assessment forms (.xlsx) of the app's data file into a folder:
            one per member, or with --per-team one per product team (a sheet per
            member; members without a team in "No product team"). Members choose
            their level per skill from a drop-down and add notes; the app imports
            the returned forms, matched to members by an id inside each form.
            A file already in the folder is never replaced: the form gets the next
            free name (" (2)") and this is said on standard error.
  sample    Print the bundled sample team (a starting point for your own file).

Environment:
  GAPWISE_NOW    the day (2026-07-06) or moment (2026-07-06T09:00:00Z) documents are
                 dated from and their timeline starts at; default: now

Output on a terminal shows control characters in names and cells visibly (ESC as ␛);
--out writes the exact text.

Exit status: 0 success, 2 bad input or usage (one line naming the file and field), 1 anything else.
`;

const FORMATS = ['md', 'pdf', 'json', 'csv', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

/**
 * The report of a team: today's analysis and every scenario beside it, as the app's plan
 * export builds it — the full report, or with a kind (Markdown or PDF) one of the documents.
 */
export async function renderReport(
  team: Analysable & { planning?: PlanningSettings },
  format: Format,
  kind?: ExportKind,
  now: Date = new Date(),
): Promise<string | Uint8Array> {
  const report = reportFor(team, team.scenarios);
  if (format === 'json') return reportToJson(report);
  if (format === 'csv') return planToCsv(report);
  const meta = documentMeta(team, report, now);
  if (format === 'xlsx') return planToXlsx(report, meta);
  if (kind === undefined) {
    return format === 'pdf' ? htmlToPdf(reportToHtml(report, meta)) : reportToMarkdown(report, meta);
  }
  const input = { framework: team.framework, members: team.members, scenarios: team.scenarios };
  // The summary and the detail carry the timeline, dated from `now`.
  const dated = { ...input, organisation: team.organisation, planning: team.planning };
  const doc =
    kind === 'summary'
      ? summaryDocument(report, dated, now)
      : kind === 'brief'
        ? allBriefsDocument(report, input, now)
        : detailDocument(report, dated, now);
  return format === 'pdf' ? htmlToPdf(documentToHtml(doc)) : documentToMarkdown(doc);
}

type Values = Record<string, string | boolean | undefined>;

const subjectOptions = (values: Values, output: TerminalOutput): SubjectOptions => ({
  frameworkFile: values.framework as string | undefined,
  mapFile: values.map as string | undefined,
  strict: values.strict === true,
  note: output.err,
});

/** The one input file (or `-`); a second one is a mistake, not silently ignored. */
function inputFile(command: string, positionals: string[], example: string): string {
  const file = positionals[0];
  if (file === undefined) throw new UserError(`${command}: name a ${example}`);
  if (positionals.length > 1) throw new UserError(`${command}: unexpected argument ${quoteCell(positionals[1]!)}`);
  return file;
}

/** How messages name the input: its path, or "standard input" for `-`. */
const nameOf = (file: string) => (file === STDIN ? STDIN_NAME : file);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

async function analyze(positionals: string[], values: Values, io: CliIo, output: TerminalOutput): Promise<number> {
  const file = inputFile('analyze', positionals, 'team file, e.g. gapwise analyze team.json');
  const format = (values.format ?? 'md') as string;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UserError(`--format must be one of ${FORMATS.join(', ')} (got ${quoteCell(format)})`);
  }
  const kind = values.kind as string | undefined;
  if (kind !== undefined && !(EXPORT_KINDS as readonly string[]).includes(kind)) {
    throw new UserError(`--kind must be one of ${EXPORT_KINDS.join(', ')} (got ${quoteCell(kind)})`);
  }
  if (kind !== undefined && format !== 'md' && format !== 'pdf') {
    throw new UserError(`--kind is for --format md or pdf; --format ${format} is the full report`);
  }
  const out = values.out as string | undefined;
  // A workbook's or a PDF's bytes would garble a terminal: said before any work, with the two ways that work.
  if ((format === 'xlsx' || format === 'pdf') && out === undefined && io.stdoutIsTerminal) {
    const what = format === 'xlsx' ? 'a binary workbook' : 'a PDF';
    throw new UserError(
      `--format ${format} writes ${what}: name a file with --out plan.${format}, or redirect standard output to a file`,
    );
  }
  const subject = await loadSubject(await readInput(file, io), subjectOptions(values, output));
  if (subject.kind === 'framework') {
    throw new UserError(
      `${nameOf(file)}: this is a framework file; analyze needs a team, data file or skills matrix (give the framework with --framework)`,
    );
  }
  const planning = planningFor(values, subject.kind === 'data' ? subject.data.settings.planning : undefined);
  const team = { ...subject.team, planning };
  for (const notice of unusedPlanningNotices(planning, team.framework)) output.err(`gapwise: ${notice}\n`);
  const report = await renderReport(team, format as Format, kind as ExportKind | undefined, io.now?.());
  // A file gets the exact text; only a terminal needs control characters made visible.
  if (out !== undefined) {
    writeFileAtomic(out, report);
    output.err(`gapwise: wrote ${out}\n`);
  } else if (typeof report !== 'string') output.bytes(report);
  else output.document(report, format === 'json' ? 'json' : 'text');
  return EXIT_OK;
}

async function validate(positionals: string[], values: Values, io: CliIo, output: TerminalOutput): Promise<number> {
  const file = inputFile('validate', positionals, 'file, e.g. gapwise validate team.json');
  const subject = await loadSubject(await readInput(file, io), subjectOptions(values, output));
  const name = nameOf(file);
  switch (subject.kind) {
    case 'matrix': {
      const { team, dropped } = subject;
      const leftOut = dropped === 0 ? '' : `; ${plural(dropped, 'column')} with values left out, listed above`;
      output.out(`${name}: valid skills matrix (${team.members.length} people${leftOut})\n`);
      return EXIT_OK;
    }
    case 'framework': {
      const fw = subject.framework;
      output.out(
        `${name}: valid framework "${fw.name}" ${fw.version} (${fw.skills.length} skills, ${fw.roles.length} roles)\n`,
      );
      return EXIT_OK;
    }
    case 'team': {
      const { team } = subject;
      output.out(
        `${name}: valid team "${team.organisation.name}" (${team.members.length} members, ${plural(team.scenarios.length, 'scenario')})\n`,
      );
      return EXIT_OK;
    }
    case 'data': {
      const { data } = subject;
      for (const notice of unusedPlanningNotices(data.settings.planning, data.framework)) {
        output.err(`gapwise: ${notice}\n`);
      }
      output.out(
        `${name}: valid Gapwise data "${data.organisation.name}" (${data.members.length} members, ` +
          `${plural(data.scenarios.length, 'scenario')}, framework "${data.framework.name}" ${data.framework.version})\n`,
      );
      return EXIT_OK;
    }
  }
}

/** Runs the CLI and returns its exit code; never throws for a user's mistake. */
export async function run(argv: string[], io: CliIo, version: string): Promise<number> {
  const output = terminalOutput(io);
  try {
    const { values, positionals } = parseArgs({
      args: joinLimitValues(argv),
      allowPositionals: true,
      strict: true,
      options: {
        framework: { type: 'string' },
        map: { type: 'string' },
        format: { type: 'string', short: 'f' },
        kind: { type: 'string', short: 'k' },
        out: { type: 'string', short: 'o' },
        strict: { type: 'boolean' },
        from: { type: 'string' },
        to: { type: 'string' },
        'per-team': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        ...HIRE_LIMIT_OPTIONS,
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
    // Options another command takes are mistakes here, not silently ignored.
    for (const option of ['from', 'to'] as const) {
      if (values[option] !== undefined && command !== 'diff') throw new UserError(`--${option} applies to diff only`);
    }
    const limitOption = strayLimitOption(values);
    if (limitOption !== undefined && command !== 'analyze' && command !== 'analyse') {
      throw new UserError(`--${limitOption} is an option of analyze only`);
    }
    if (values['per-team'] !== undefined && command !== 'forms') {
      throw new UserError('--per-team is an option of forms only');
    }
    switch (command) {
      case 'analyze':
      case 'analyse':
        return await analyze(rest, values, io, output);
      case 'validate':
        return await validate(rest, values, io, output);
      case 'rounds':
        return await listRounds(rest, values, io, output);
      case 'diff':
        return await diff(rest, values, io, output);
      case 'forms': {
        const file = inputFile('forms', rest, 'data file, e.g. gapwise forms gapwise-data.json --out forms');
        const stray = (['framework', 'map', 'format', 'kind', 'strict'] as const).find((o) => values[o] !== undefined);
        if (stray !== undefined)
          throw new UserError(`forms: --${stray} is not an option of forms (try gapwise --help)`);
        const options = { out: values.out, perTeam: values['per-team'] === true };
        await formsCommand(file, nameOf(file), options, io, output);
        return EXIT_OK;
      }
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
