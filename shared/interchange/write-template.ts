import type { DataValidation, Style, Worksheet } from 'exceljs';
import { AREA_LABELS, OTHER_ROLE_NAME, type Framework } from '../domain/framework';
import { xlsxText } from '../encode/xlsx';
import { columnLetters } from './merged-cells';
import {
  DATE_FORMAT,
  FIELD_COLUMN,
  MATRIX_FIELDS,
  freezeHeader,
  matrixColumns,
  newWorkbook,
  toBytes,
} from './write-matrix';

/*
 * The blank matrix ("Download a blank matrix"): the team export's header row with no one in
 * it, so that a manager who fills it in imports it with no mapping at all. Drop-downs keep
 * the cells to what the import reads: level names of the scale (or "Not assessed") under
 * the skills, role names under Role, whole percents under the allocation columns, a date
 * under "Assessed on". The lists the drop-downs offer live on a very hidden sheet — an
 * inline list ("a,b,c") breaks on a name with a comma or a quote and stops at 255
 * characters — and the readers skip hidden sheets, so the import never sees it.
 */

/** Rows (after the header) that carry the drop-downs and checks: a thousand people. */
export const TEMPLATE_ROWS = 1000;
/** Empty rows drawn with borders, to show where people go. */
export const TEMPLATE_FORMATTED_ROWS = 3;
/** What a skill cell says when the level is not known; the import reads it as not assessed. */
export const NOT_ASSESSED_LABEL = 'Not assessed';
/** The hidden sheet holding the drop-down lists. */
export const LISTS_SHEET = 'Lists';
/** Dates a drop-down accepts for "Assessed on": anything a real assessment could have. */
const FIRST_DATE = new Date(Date.UTC(2000, 0, 1));
const LAST_DATE = new Date(Date.UTC(2099, 11, 31));

/** The data rows of one column (1-based), as a range. */
const columnRange = (column: number): string => columnsRange(column, column);

/** The data rows of columns `from`..`to` (1-based), as one range. */
function columnsRange(from: number, to: number): string {
  return `${columnLetters(from - 1)}2:${columnLetters(to - 1)}${TEMPLATE_ROWS + 1}`;
}

/**
 * exceljs 4.4 keeps a sheet's validations by address, a range included (written as one
 * sqref), but its type declarations leave the collection out.
 */
interface RangeValidations {
  dataValidations: { add(address: string, validation: DataValidation): void };
}

/** Refusal messages (Excel shows at most 255 characters, titles 32). */
const refusal = (errorTitle: string, error: string): Partial<DataValidation> => ({
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle,
  error,
});

/** The drop-downs' lists on the hidden sheet: column A the levels, column B the roles. Returns their ranges. */
function writeLists(ws: Worksheet, levels: readonly string[], roles: readonly string[]) {
  levels.forEach((name, i) => (ws.getCell(i + 1, 1).value = xlsxText(name)));
  roles.forEach((name, i) => (ws.getCell(i + 1, 2).value = xlsxText(name)));
  const quoted = `'${LISTS_SHEET}'`;
  return {
    levels: `${quoted}!$A$1:$A$${levels.length}`,
    roles: `${quoted}!$B$1:$B$${roles.length}`,
  };
}

function writeTeamSheet(ws: Worksheet, framework: Framework, lists: { levels: string; roles: string }): void {
  const { header, allocationIds } = matrixColumns(framework);
  const firstAllocation = MATRIX_FIELDS.length + 1;
  const firstSkill = firstAllocation + allocationIds.length;
  const border = { style: 'thin', color: { argb: 'FFBFBFBF' } } as const;
  const boxed = { top: border, bottom: border, left: border, right: border };

  // Column styles: every cell typed in the column gets them, not only the formatted rows.
  const centred: Partial<Style> = { alignment: { horizontal: 'center' } };
  const columnStyle = (c: number): Partial<Style> => {
    if (c === FIELD_COLUMN['Assessed on'] + 1) return { numFmt: DATE_FORMAT };
    if (c === FIELD_COLUMN.Notes + 1) return { alignment: { vertical: 'top', wrapText: true } };
    if (c >= firstAllocation) return centred;
    return {};
  };
  ws.columns = header.map((text, i) => {
    const c = i + 1;
    const width =
      c >= firstAllocation
        ? Math.min(Math.max(text.length, 6), 16)
        : c === FIELD_COLUMN.Notes + 1
          ? 40
          : Math.max(text.length, c === FIELD_COLUMN['Assessed on'] + 1 ? DATE_FORMAT.length : 16);
    return { width: width + 2, style: columnStyle(c) };
  });

  const headerRow = ws.getRow(1);
  let headerLines = 1;
  header.forEach((text, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = xlsxText(text);
    const narrow = i + 1 >= firstAllocation;
    cell.style = {
      font: { bold: true },
      alignment: { vertical: 'top', wrapText: narrow },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } },
      border: boxed,
    };
    if (narrow) headerLines = Math.max(headerLines, Math.min(Math.ceil(text.length / 16), 4));
  });
  if (headerLines > 1) headerRow.height = 15 * headerLines;

  for (let r = 2; r < 2 + TEMPLATE_FORMATTED_ROWS; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= header.length; c++) row.getCell(c).style = { ...columnStyle(c), border: boxed };
  }

  const validations = (ws as Worksheet & RangeValidations).dataValidations;
  validations.add(columnRange(FIELD_COLUMN.Role + 1), {
    type: 'list',
    allowBlank: true,
    formulae: [lists.roles],
    ...refusal('Role', `Choose a role from the list; "${OTHER_ROLE_NAME}" for someone no role describes.`),
  });
  validations.add(columnRange(FIELD_COLUMN.FTE + 1), {
    type: 'decimal',
    operator: 'between',
    allowBlank: true,
    formulae: [0.1, 1],
    ...refusal('FTE', 'Full-time equivalent: a number from 0.1 to 1 (1 is full time).'),
  });
  validations.add(columnRange(FIELD_COLUMN['Assessed on'] + 1), {
    type: 'date',
    operator: 'between',
    allowBlank: true,
    formulae: [FIRST_DATE, LAST_DATE],
    ...refusal('Assessed on', 'The date of the assessment, such as 2026-03-31.'),
  });
  if (allocationIds.length > 0) {
    validations.add(columnsRange(firstAllocation, firstSkill - 1), {
      type: 'whole',
      operator: 'between',
      allowBlank: true,
      formulae: [0, 100],
      ...refusal('Time allocation', 'Percent of working time on this responsibility: a whole number from 0 to 100.'),
    });
  }
  if (firstSkill <= header.length) {
    validations.add(columnsRange(firstSkill, header.length), {
      type: 'list',
      allowBlank: true,
      formulae: [lists.levels],
      ...refusal('Level', `Choose a level from the list, or "${NOT_ASSESSED_LABEL}".`),
    });
  }
  freezeHeader(ws, true);
}

/** A line of the instructions sheet: how it looks, and its cells from column A. */
type InstructionLine = { look: 'title' | 'item' | 'table-head' | 'table-row'; cells: string[] } | { look: 'blank' };

const item = (label: string, text: string): InstructionLine => ({ look: 'item', cells: [label, text] });
const blank: InstructionLine = { look: 'blank' };

/** What the instructions sheet says, line by line, for `framework`. */
export function instructionLines(framework: Framework): InstructionLine[] {
  const levels = framework.scale.levels;
  const lowest = levels[0]!;
  const { allocationIds, skillIds } = matrixColumns(framework);
  const skills = new Map(framework.skills.map((s) => [s.id, s]));
  return [
    { look: 'title', cells: ['How to fill in this matrix'] },
    blank,
    item(
      'One row per person',
      'Fill in the Team sheet, one person per row from row 2. Keep the header row as it is: Gapwise reads each column by its header, so the file imports with no mapping.',
    ),
    item('Name', 'The person’s name. Required.'),
    item('Title', 'Their job title as written on the org chart (optional).'),
    item(
      'Role',
      `Choose the role they are employed as. "${OTHER_ROLE_NAME}" is for someone no role of the framework describes: write their job title under Title.`,
    ),
    item('Product team', 'The product team they work in (optional).'),
    item('FTE', 'Full-time equivalent, from 0.1 to 1 (1 is full time).'),
    item('Assessed on', 'The date of the assessment (yyyy-mm-dd, e.g. 2026-03-31).'),
    item('Notes', 'Anything worth keeping; a cell may hold several lines (Alt+Enter, or Option+Enter on a Mac).'),
    item(
      'Time allocation',
      allocationIds.length > 0
        ? 'The columns ending in "%": percent of working time on each responsibility, a whole number from 0 to 100, at most 100 in total. Leave a cell empty for no time on it.'
        : 'The framework has no responsibilities, so there is no time allocation to fill in.',
    ),
    item(
      'Levels',
      `The other columns, one per skill: choose the level from the list. "${NOT_ASSESSED_LABEL}" (or an empty cell) means nobody has assessed it yet, which is not the same as "${lowest.name}" (level ${lowest.level}): assessed and found to have none of it. Gapwise reports what is not assessed as unknown.`,
    ),
    blank,
    { look: 'table-head', cells: ['Level', 'Name', 'What it means'] },
    ...levels.map((level): InstructionLine => ({
      look: 'table-row',
      cells: [String(level.level), level.name, level.description],
    })),
    { look: 'table-row', cells: ['', NOT_ASSESSED_LABEL, 'Not assessed yet: unknown, not zero.'] },
    blank,
    { look: 'table-head', cells: ['Role', 'Name', 'What it is'] },
    ...framework.roles.map((role): InstructionLine => ({
      look: 'table-row',
      cells: ['', role.name, role.description],
    })),
    { look: 'table-row', cells: ['', OTHER_ROLE_NAME, 'No role of the framework describes their job.'] },
    blank,
    { look: 'table-head', cells: ['Skill or responsibility', 'Name', 'What it means'] },
    ...skillIds.map((id): InstructionLine => {
      const skill = skills.get(id)!;
      return {
        look: 'table-row',
        cells: [`${AREA_LABELS[skill.area]}: ${skill.kind}`, skill.name, skill.description],
      };
    }),
  ];
}

function writeInstructions(ws: Worksheet, framework: Framework): void {
  ws.columns = [{ width: 30 }, { width: 60 }, { width: 80 }];
  const looks: Record<Exclude<InstructionLine['look'], 'blank'>, (column: number) => Partial<Style>> = {
    title: () => ({ font: { bold: true, size: 14 } }),
    item: (c) => ({ font: { bold: c === 0 }, alignment: { vertical: 'top', wrapText: true } }),
    'table-head': () => ({ font: { bold: true }, alignment: { vertical: 'top' } }),
    'table-row': () => ({ alignment: { vertical: 'top', wrapText: true } }),
  };
  instructionLines(framework).forEach((line, r) => {
    if (line.look === 'blank') return;
    const row = ws.getRow(r + 1);
    line.cells.forEach((text, c) => {
      if (text === '') return;
      const cell = row.getCell(c + 1);
      cell.value = xlsxText(text);
      cell.style = looks[line.look](c);
    });
  });
}

/**
 * The blank matrix for `framework` as an .xlsx: a "Team" sheet with the export's header
 * row and drop-downs, an "Instructions" sheet, and the hidden lists.
 */
export async function matrixTemplateToXlsx(framework: Framework): Promise<Uint8Array> {
  const wb = newWorkbook();
  const team = wb.addWorksheet('Team');
  const instructions = wb.addWorksheet('Instructions');
  const listsSheet = wb.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
  const lists = writeLists(
    listsSheet,
    [...framework.scale.levels.map((l) => l.name), NOT_ASSESSED_LABEL],
    [...framework.roles.map((r) => r.name), OTHER_ROLE_NAME],
  );
  writeTeamSheet(team, framework, lists);
  writeInstructions(instructions, framework);
  return toBytes(wb);
}
