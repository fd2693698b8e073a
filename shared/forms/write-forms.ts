import type { Style, Workbook, Worksheet } from 'exceljs';
import type { AppData } from '../data/app-data';
import { AREA_LABELS, roleNamesOf, type Framework, type Member } from '../domain';
import { orderedSkillNodes, type OrderedSkill } from '../domain/skill-order';
import { xlsxText } from '../encode/xlsx';
import { newWorkbook, sheetName, toBytes } from '../interchange/write-matrix';
import { uniqueFileName } from './file-names';
import {
  AREA_COLUMN,
  cellAddress,
  DESCRIPTION_COLUMN,
  FIRST_SKILL_ROW,
  FORM_FORMAT,
  FORM_KIND,
  GENERAL_NOTES_LABEL,
  generalNotesRow,
  HEADER_ROW,
  LEVEL_COLUMN,
  LEVELS_SHEET,
  META_SHEET,
  NAME_ROW,
  NOT_OBSERVED_LABEL,
  NOTES_COLUMN,
  SKILL_COLUMN,
} from './layout';

/*
 * Self-assessment forms, one workbook per member or per product team (a sheet per member).
 * A member sheet names the member, then lists every live skill of the framework in the one
 * order, each with a level drop-down (the scale's level names and "Not observed"; empty
 * means not answered) and a notes cell, and ends with a general notes cell. The "Levels"
 * sheet says what each level means. Only the answer cells are unlocked and every sheet is
 * protected without a password (protection here keeps the structure readable, it is not a
 * secret), so a form comes back in the shape it went out. A very hidden sheet records the
 * form id, the members, the framework and the skill ids row by row: the reader matches a
 * form to its members by it, never by the file name.
 */

export interface SelfAssessmentFormFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface SelfAssessmentFormOptions {
  /** Only these members (all when absent). */
  memberIds?: string[];
  /** One workbook per product team instead of one per member. */
  perTeam: boolean;
  /** When the forms are made (ISO date-time), recorded in the form. */
  now: string;
}

/** The workbook of members without a product team, when forms go per team. */
export const NO_PRODUCT_TEAM = 'No product team';
const FILE_PREFIX = 'Self-assessment - ';

/** Sheet protection: users select and resize, nothing else. No password (see above). */
const PROTECTION = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  formatCells: false,
  insertRows: false,
  insertColumns: false,
  deleteRows: false,
  deleteColumns: false,
  sort: false,
  autoFilter: false,
} as const;

const UNLOCKED: Partial<Style> = { protection: { locked: false } };
const border = { style: 'thin', color: { argb: 'FFBFBFBF' } } as const;
const boxed = { top: border, bottom: border, left: border, right: border };
const ANSWER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } } as const;
const HEAD_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } as const;

/** A random form id (hex), from the platform's cryptographic generator. */
function newFormId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The "Levels" sheet; returns the drop-down's list range. */
function writeLevels(ws: Worksheet, framework: Framework): string {
  ws.columns = [{ width: 8 }, { width: 24 }, { width: 90 }];
  ['Level', 'Name', 'What it means'].forEach((text, i) => {
    const cell = ws.getCell(1, i + 1);
    cell.value = text;
    cell.style = { font: { bold: true }, fill: HEAD_FILL };
  });
  const levels = framework.scale.levels;
  levels.forEach((level, i) => {
    ws.getCell(i + 2, 1).value = level.level;
    ws.getCell(i + 2, 2).value = xlsxText(level.name);
    const description = ws.getCell(i + 2, 3);
    description.value = xlsxText(level.description);
    description.alignment = { vertical: 'top', wrapText: true };
  });
  const last = levels.length + 2;
  ws.getCell(last, 2).value = NOT_OBSERVED_LABEL;
  ws.getCell(last, 3).value = 'You have had no chance to show or use it, so you cannot say.';
  return `'${LEVELS_SHEET}'!$B$2:$B$${last}`;
}

function writeMemberSheet(
  ws: Worksheet,
  member: Member,
  framework: Framework,
  nodes: readonly OrderedSkill[],
  levelList: string,
): void {
  ws.columns = [{ width: 42 }, { width: 26 }, { width: 18 }, { width: 50 }, { width: 80 }];
  const roleName = roleNamesOf(framework).get(member.role) ?? member.role;
  const heading: [string, string][] = [
    ['Name', member.name],
    ['Role', member.title ? `${roleName} (${member.title})` : roleName],
    ['Product team', member.productTeam],
    ['Framework', `${framework.name} ${framework.version}`],
    [
      'How to fill in',
      `For each skill, choose your level in the "Your level" column (the "${LEVELS_SHEET}" sheet says what each level means), or "${NOT_OBSERVED_LABEL}"; leave it empty to skip it. Add a note where it helps. Keep the rows as they are, then save and send the file back.`,
    ],
  ];
  heading.forEach(([label, value], i) => {
    const row = NAME_ROW + i;
    const labelCell = ws.getCell(row, 1);
    labelCell.value = label;
    labelCell.font = { bold: true };
    const valueCell = ws.getCell(row, 2);
    valueCell.value = xlsxText(value);
    if (label === 'How to fill in') {
      ws.mergeCells(row, 2, row, DESCRIPTION_COLUMN);
      valueCell.alignment = { wrapText: true, vertical: 'top' };
      ws.getRow(row).height = 45;
    }
  });

  ['Skill or responsibility', 'Area', 'Your level', 'Your notes', 'What it means'].forEach((text, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = text;
    cell.style = { font: { bold: true }, fill: HEAD_FILL, border: boxed };
  });

  nodes.forEach(({ skill, depth }, i) => {
    const row = FIRST_SKILL_ROW + i;
    const name = ws.getCell(row, SKILL_COLUMN);
    name.value = xlsxText(skill.name);
    name.style = { alignment: { indent: depth * 2, vertical: 'top' }, border: boxed };
    const area = ws.getCell(row, AREA_COLUMN);
    area.value = AREA_LABELS[skill.area];
    area.style = { alignment: { vertical: 'top' }, border: boxed };
    const level = ws.getCell(row, LEVEL_COLUMN);
    level.style = { ...UNLOCKED, fill: ANSWER_FILL, border: boxed, alignment: { vertical: 'top' } };
    level.dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [levelList],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Level',
      error: `Choose a level from the list, or "${NOT_OBSERVED_LABEL}".`,
    };
    const notes = ws.getCell(row, NOTES_COLUMN);
    notes.style = { ...UNLOCKED, fill: ANSWER_FILL, border: boxed, alignment: { vertical: 'top', wrapText: true } };
    const description = ws.getCell(row, DESCRIPTION_COLUMN);
    description.value = xlsxText(skill.description);
    description.style = { alignment: { vertical: 'top', wrapText: true }, border: boxed };
  });

  const notesRow = generalNotesRow(nodes.length);
  const label = ws.getCell(notesRow, SKILL_COLUMN);
  label.value = GENERAL_NOTES_LABEL;
  label.font = { bold: true };
  const general = ws.getCell(notesRow, NOTES_COLUMN);
  general.style = { ...UNLOCKED, fill: ANSWER_FILL, border: boxed, alignment: { vertical: 'top', wrapText: true } };
  ws.getRow(notesRow).height = 60;
  ws.views = [{ state: 'frozen', ySplit: HEADER_ROW, activeCell: cellAddress(LEVEL_COLUMN, FIRST_SKILL_ROW) }];
}

/** The hidden sheet: one record per row, a key in column A and its values after it. */
function writeMeta(
  ws: Worksheet,
  data: AppData,
  formId: string,
  now: string,
  sheets: { memberId: string; sheet: string }[],
  nodes: readonly OrderedSkill[],
): void {
  const lastRound = data.rounds.at(-1);
  const records: (string | number)[][] = [
    ['kind', FORM_KIND],
    ['format', FORM_FORMAT],
    ['formId', formId],
    ['framework', data.framework.id, data.framework.version],
    // The open round the form was made in: the one after the last closed round ("" for none).
    ['round', lastRound?.id ?? '', lastRound?.name ?? ''],
    ['made', now],
    ['firstSkillRow', FIRST_SKILL_ROW],
    ...sheets.map(({ memberId, sheet }) => ['member', memberId, sheet]),
    ...nodes.map(({ skill }) => ['skill', skill.id, skill.name]),
  ];
  records.forEach((record, r) =>
    record.forEach((value, c) => {
      ws.getCell(r + 1, c + 1).value = typeof value === 'string' ? xlsxText(value) : value;
    }),
  );
}

async function formWorkbook(data: AppData, members: readonly Member[], now: string): Promise<Uint8Array> {
  const wb: Workbook = newWorkbook();
  const nodes = orderedSkillNodes(data.framework);
  // The fixed sheets' names are taken first, so a member called "Levels" gets "Levels (2)".
  const used = new Set([LEVELS_SHEET.toLowerCase(), META_SHEET.toLowerCase()]);
  const memberSheets = members.map((member) => ({ member, ws: wb.addWorksheet(sheetName(member.name, used)) }));
  const levels = wb.addWorksheet(LEVELS_SHEET);
  const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const levelList = writeLevels(levels, data.framework);
  for (const { member, ws } of memberSheets) writeMemberSheet(ws, member, data.framework, nodes, levelList);
  writeMeta(
    meta,
    data,
    newFormId(),
    now,
    memberSheets.map(({ member, ws }) => ({ memberId: member.id, sheet: ws.name })),
    nodes,
  );
  for (const ws of [...memberSheets.map((s) => s.ws), levels, meta]) await ws.protect('', PROTECTION);
  return toBytes(wb);
}

/** Members grouped by product team: the organisation's teams in order, then others, then no team. */
function byTeam(data: AppData, members: readonly Member[]): { team: string; members: Member[] }[] {
  const groups = new Map<string, Member[]>();
  for (const team of data.organisation.productTeams) groups.set(team.trim(), []);
  for (const member of members) {
    const team = member.productTeam.trim();
    if (team === '') continue;
    groups.set(team, [...(groups.get(team) ?? []), member]);
  }
  const out = [...groups].filter(([, list]) => list.length > 0).map(([team, list]) => ({ team, members: list }));
  const none = members.filter((m) => m.productTeam.trim() === '');
  if (none.length > 0) out.push({ team: NO_PRODUCT_TEAM, members: none });
  return out;
}

/**
 * The self-assessment forms for `data`'s members (or those of `memberIds`, in the team's
 * order), each with a file name safe on every system and unique among them.
 * Throws when `memberIds` names someone not in the team.
 */
export async function selfAssessmentForms(
  data: AppData,
  options: SelfAssessmentFormOptions,
): Promise<SelfAssessmentFormFile[]> {
  let members: readonly Member[] = data.members;
  if (options.memberIds !== undefined) {
    const wanted = new Set(options.memberIds);
    const known = new Set(data.members.map((m) => m.id));
    const unknown = options.memberIds.find((id) => !known.has(id));
    if (unknown !== undefined) throw new Error(`no member has the id "${unknown}"`);
    members = data.members.filter((m) => wanted.has(m.id));
  }
  const used = new Set<string>();
  const files: SelfAssessmentFormFile[] = [];
  if (options.perTeam) {
    for (const group of byTeam(data, members)) {
      const fileName = uniqueFileName(FILE_PREFIX, group.team, 'Team', used);
      files.push({ fileName, bytes: await formWorkbook(data, group.members, options.now) });
    }
  } else {
    for (const member of members) {
      const fileName = uniqueFileName(FILE_PREFIX, member.name, 'Member', used);
      files.push({ fileName, bytes: await formWorkbook(data, [member], options.now) });
    }
  }
  return files;
}
