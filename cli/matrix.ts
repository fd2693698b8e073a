import { basename, extname } from 'node:path';
import { DEFAULT_ORGANISATION, type Framework, type TeamFile } from '../shared/domain';
import { describeProblem, parseJsonText } from '../shared/io';
import { formatOf } from '../shared/interchange/format';
import { detectLayout } from '../shared/interchange/layout';
import { layoutFromMappingFile, parseMappingFile, type MappingFile } from '../shared/interchange/mapping-file';
import { buildPreview, ROLE_VALUE_FIX } from '../shared/interchange/preview';
import { readCsv } from '../shared/interchange/read-csv';
import { readXlsx } from '../shared/interchange/read-xlsx';
import { InterchangeError, type RawSheet, type RawWorkbook, type SheetLayout } from '../shared/interchange/types';
import { quoteCell } from '../shared/interchange/quote';
import { readBytesFile, readTextFile, UserError } from './files';
import { leftOutColumns } from './left-out';
import { levelLabelsHint, mapColumnHint, missingFieldProblem, noHeaderRowHint, roleValueHint } from './map-hints';

/** Row errors printed before "…and N more". */
const SHOWN_ERRORS = 20;

const MATRIX_EXTENSIONS = new Set(['.csv', '.tsv', '.txt', '.xlsx', '.xlsm']);

/** Whether a file is a spreadsheet matrix rather than a Gapwise team file, by its extension. */
export const isMatrixFile = (file: string): boolean => MATRIX_EXTENSIONS.has(extname(file).toLowerCase());

async function readWorkbook(file: string): Promise<RawWorkbook> {
  const bytes = readBytesFile(file);
  const name = basename(file);
  try {
    return formatOf(name, bytes) === 'xlsx' ? await readXlsx(bytes, name) : readCsv(bytes, name);
  } catch (error) {
    if (error instanceof InterchangeError) throw new UserError(error.message);
    throw error;
  }
}

function loadMappingFile(file: string): MappingFile {
  const parsed = parseJsonText(readTextFile(file));
  if (!parsed.ok) throw new UserError(describeProblem(parsed.error, file));
  const checked = parseMappingFile(parsed.value);
  if (!checked.ok) throw new UserError(describeProblem(checked.error, file));
  return checked.value;
}

/**
 * The first sheet whose header row can be found, as the app would open it. When none has
 * one, the first sheet's problem, with the --map that would name the header row.
 */
function detectFirst(workbook: RawWorkbook, framework: Framework): { sheet: RawSheet; layout: SheetLayout } {
  let firstError: unknown;
  for (const sheet of workbook.sheets) {
    try {
      return { sheet, layout: detectLayout(sheet, framework, { fileName: workbook.fileName }) };
    } catch (error) {
      firstError ??= error;
    }
  }
  const first = workbook.sheets[0];
  if (firstError instanceof InterchangeError && first !== undefined) {
    throw new UserError(`${firstError.message}; ${noHeaderRowHint(first, framework)}`);
  }
  throw firstError ?? new InterchangeError({ fileName: workbook.fileName, message: 'the file has no sheets' });
}

export interface MatrixOptions {
  /** A --map file: the columns, labels, sheet and header row as the user says. */
  mapFile?: string;
  /** Fail when a column with values is left out, instead of only saying so. */
  strict?: boolean;
  /** Where notes about left-out columns go (standard error), one line each. */
  note: (line: string) => void;
}

export interface MatrixTeam {
  team: TeamFile;
  /** Columns with values that the import does not read. */
  dropped: number;
}

/**
 * A spreadsheet matrix as a team, with the app's mapping rules: the header row and columns
 * detected (or as `--map` says), levels and labels read, and every row accounted for. Each
 * column left out is noted with why; any row error stops it, listing each row and column.
 */
export async function teamFromMatrix(file: string, framework: Framework, options: MatrixOptions): Promise<MatrixTeam> {
  const workbook = await readWorkbook(file);
  const { mapFile } = options;
  const mapping = mapFile === undefined ? undefined : loadMappingFile(mapFile);
  let sheet: RawSheet;
  let layout: SheetLayout;
  try {
    ({ sheet, layout } = mapping
      ? layoutFromMappingFile(workbook, mapping, framework, mapFile)
      : detectFirst(workbook, framework));
  } catch (error) {
    if (error instanceof InterchangeError) throw new UserError(error.message);
    throw error;
  }
  // Without these every row would fail with the same error; one line says it, with the fix.
  for (const field of ['name', 'role'] as const) {
    const problem = missingFieldProblem(field, sheet, layout, framework);
    if (problem !== undefined) throw new UserError(`${file}: ${problem}`);
  }

  const leftOut = leftOutColumns(sheet, layout, framework);
  for (const column of leftOut) options.note(`gapwise: ${file}: ${column.label} left out: ${column.reason}\n`);
  const dropped = leftOut.filter((c) => c.kind === 'dropped').length;

  for (const column of layout.columns) {
    if (column.target.kind !== 'skill' || column.target.skillIds.length < 2) continue;
    const names = column.target.skillIds.map((id) => framework.skills.find((s) => s.id === id)?.name ?? id);
    options.note(
      `gapwise: ${file}: column ${quoteCell(column.header)} rates ${names.length} skills (${names.join(', ')}); ` +
        `to rate one, ${mapColumnHint(column.header, `skill:${column.target.skillIds[0]}`)}\n`,
    );
  }

  const preview = buildPreview(sheet, layout, framework, { existing: [], fileName: basename(file) });
  // Rows read as totals or left out by --map are said, so no one goes missing unnoticed.
  for (const skipped of preview.skipped) {
    if (!skipped.blank)
      options.note(
        `gapwise: ${file}: row ${skipped.row} left out: ${skipped.byUser ? 'in "skipRows" of the --map file' : skipped.reason}\n`,
      );
  }
  if (preview.errors.length > 0) {
    const lines = preview.errors
      .slice(0, SHOWN_ERRORS)
      .map(
        (e) =>
          `${file}: row ${e.row}${e.person ? ` (${quoteCell(e.person)})` : ''}${e.column ? `, column ${quoteCell(e.column)}` : ''}: ` +
          (e.roleValue === undefined
            ? e.message
            : `${e.message.replace(ROLE_VALUE_FIX, '')}; ${roleValueHint(e.roleValue, framework)}`),
      );
    if (preview.errors.length > SHOWN_ERRORS) lines.push(`…and ${preview.errors.length - SHOWN_ERRORS} more errors`);
    const labels = levelLabelsHint(layout, framework);
    if (labels !== undefined) lines.push(`${file}: ${labels}`);
    throw new UserError(lines.join('\n'));
  }
  if (options.strict && dropped > 0) {
    throw new UserError(
      `${file}: --strict: ${dropped} column${dropped === 1 ? '' : 's'} with values left out (listed above); ` +
        'map each with --map, or mark it "ignore" there',
    );
  }
  if (preview.members.length === 0) throw new UserError(`${file}: no one to analyse (no rows under the header)`);
  const productTeams = Array.from(new Set(preview.members.map((m) => m.productTeam).filter(Boolean))).sort();
  return {
    team: {
      kind: 'gapwise-team',
      schemaVersion: 1,
      organisation: { ...DEFAULT_ORGANISATION, name: basename(file, extname(file)), productTeams },
      members: preview.members,
      scenarios: [],
    },
    dropped,
  };
}
