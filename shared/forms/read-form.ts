import { Workbook, type Cell, type Worksheet, type Xlsx } from 'exceljs';
import type { AppData } from '../data/app-data';
import { BLOCK_CONTROL, firstControl } from '../encode/control';
import { restoreNeutralisedText } from '../encode/spreadsheet-text';
import { baseName } from '../interchange/read-csv';
import { IGNORED_NODES, vetXlsx } from '../interchange/read-xlsx';
import { quoteCell } from '../interchange/quote';
import { InterchangeError } from '../interchange/types';
import { SelfAssessment, type SelfRating } from '../rounds/schema';
import {
  cellAddress,
  FIRST_SKILL_ROW,
  FORM_FORMAT,
  FORM_ID_PATTERN,
  FORM_KIND,
  GENERAL_NOTES_LABEL,
  generalNotesRow,
  LEVEL_COLUMN,
  META_SHEET,
  NOT_OBSERVED_LABEL,
  NOTES_COLUMN,
  SKILL_COLUMN,
} from './layout';

/*
 * Reads a returned self-assessment form. The bytes pass the workbook checks of the matrix
 * import (zip bomb, size and cell limits) before exceljs sees them. The hidden sheet says
 * which members the form is for, on which sheets, and which skill each row holds; every
 * row is checked against it, so a reordered, deleted, inserted or renamed skill row is
 * refused rather than read onto the wrong skill. Answers: a level name of the scale
 * (case and surrounding spaces ignored), "Not observed", or empty for no answer. Notes keep
 * their lines; over the schema's length or holding a control character they are refused,
 * never cut or cleaned silently. Every refusal names the file, the sheet and the cell.
 */

export type ReadFormResult = { ok: true; forms: SelfAssessment[] } | { ok: false; reason: string };

/** The longest note per skill, and on the whole form (the SelfAssessment schema's limits). */
export const SKILL_NOTE_MAX = 2000;
export const FORM_NOTE_MAX = 5000;

/** Rows of the hidden sheet read at most: members and skills are far fewer. */
const MAX_META_ROWS = 100_000;

class FormRefused extends Error {}

const withThousands = (n: number): string => n.toLocaleString('en');

/** The text of a cell written as text, or what else it holds. */
type CellContent =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'other'; what: string };

function contentOf(value: unknown): CellContent {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number')
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'other', what: 'a number that is not finite' };
  if (typeof value === 'boolean') return { kind: 'other', what: `the value ${String(value).toUpperCase()}` };
  if (value instanceof Date) return { kind: 'other', what: 'a date' };
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('formula' in v || 'sharedFormula' in v) return { kind: 'other', what: 'a formula' };
    if ('error' in v) return { kind: 'other', what: 'an error value' };
    if (Array.isArray(v.richText)) {
      return {
        kind: 'text',
        text: v.richText
          .map((run: unknown) => {
            const text = (run as { text?: unknown } | null)?.text;
            return typeof text === 'string' ? text : '';
          })
          .join(''),
      };
    }
    if (typeof v.text === 'string') return { kind: 'text', text: v.text };
  }
  return { kind: 'other', what: 'something other than text' };
}

interface FormMeta {
  formId: string;
  frameworkId: string;
  frameworkVersion: string;
  firstSkillRow: number;
  members: { memberId: string; sheet: string; row: number }[];
  skills: { skillId: string; name: string; row: number }[];
}

/** Reads one form; never throws. */
export async function readSelfAssessmentForm(
  bytes: Uint8Array,
  fileName: string,
  data: AppData,
  today: string,
): Promise<ReadFormResult> {
  const file = baseName(fileName);
  try {
    return { ok: true, forms: await readForm(bytes, file, data, today) };
  } catch (error) {
    if (error instanceof FormRefused || error instanceof InterchangeError) return { ok: false, reason: error.message };
    // Anything else comes from a workbook exceljs could not make sense of.
    return { ok: false, reason: `${file}: the workbook is damaged and cannot be read` };
  }
}

async function readForm(bytes: Uint8Array, file: string, data: AppData, today: string): Promise<SelfAssessment[]> {
  const refuse = (where: string | undefined, message: string): never => {
    throw new FormRefused(`${file}: ${where === undefined ? '' : `${where}: `}${message}`);
  };
  await vetXlsx(bytes, file);
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<Xlsx['load']>[0], { ignoreNodes: IGNORED_NODES });
  } catch {
    refuse(undefined, 'the workbook is damaged and cannot be read');
  }
  const metaSheet = workbook.worksheets.find((ws) => ws.name === META_SHEET);
  if (metaSheet === undefined) {
    refuse(undefined, `not a Gapwise self-assessment form (it has no hidden "${META_SHEET}" sheet)`);
  }
  const meta = readMeta(metaSheet!, data, refuse);
  const sheets = new Map(workbook.worksheets.map((ws) => [ws.name, ws]));
  const levels = new Map<string, SelfRating>([[NOT_OBSERVED_LABEL.toLowerCase(), 'not-observed']]);
  for (const level of data.framework.scale.levels) levels.set(level.name.trim().toLowerCase(), level.level);

  return meta.members.map(({ memberId, sheet: name }) => {
    const ws = sheets.get(name);
    if (ws === undefined) refuse(`sheet "${name}"`, 'the sheet is missing (was it renamed or deleted?)');
    return readMemberSheet(ws!, memberId, meta, levels, today, refuse);
  });
}

type Refuse = (where: string | undefined, message: string) => never;

const at = (sheet: string, column: number, row: number): string => `sheet "${sheet}", cell ${cellAddress(column, row)}`;

/** A cell's text as written (apostrophe rule undone), or null for an empty cell; anything else refused. */
function textAt(ws: Worksheet, column: number, row: number, refuse: Refuse, what: string): string | null {
  const content = contentOf(cellValue(ws.getCell(row, column)));
  switch (content.kind) {
    case 'empty':
      return null;
    case 'text':
      return restoreNeutralisedText(content.text);
    case 'number':
      return String(content.value);
    case 'other':
      return refuse(at(ws.name, column, row), `${what} holds ${content.what}; it must hold text`);
  }
}

const cellValue = (cell: Cell): unknown => cell.value;

function readMeta(ws: Worksheet, data: AppData, refuse: Refuse): FormMeta {
  const where = (row: number, column = 1) => at(ws.name, column, row);
  if (ws.rowCount > MAX_META_ROWS) refuse(`sheet "${ws.name}"`, 'the hidden sheet is damaged (too many rows)');
  const text = (row: number, column: number): string => textAt(ws, column, row, refuse, 'the hidden sheet') ?? '';
  const expect = (row: number, key: string): void => {
    if (text(row, 1) !== key) refuse(where(row), `the hidden sheet is damaged (expected "${key}" here)`);
  };
  expect(1, 'kind');
  if (text(1, 2) !== FORM_KIND) refuse(where(1, 2), 'not a Gapwise self-assessment form');
  expect(2, 'format');
  if (text(2, 2) !== String(FORM_FORMAT)) {
    refuse(
      where(2, 2),
      `the form was made by another Gapwise (layout ${quoteCell(text(2, 2))}; this one reads ${FORM_FORMAT})`,
    );
  }
  expect(3, 'formId');
  const formId = text(3, 2);
  if (!FORM_ID_PATTERN.test(formId)) refuse(where(3, 2), 'the hidden sheet is damaged (the form id is not valid)');
  expect(4, 'framework');
  const frameworkId = text(4, 2);
  const frameworkVersion = text(4, 3);
  if (frameworkId !== data.framework.id) {
    refuse(
      where(4, 2),
      `the form was made for the framework ${quoteCell(frameworkId)}, but the team now uses "${data.framework.id}"; send a new form`,
    );
  }
  expect(5, 'round');
  expect(6, 'made');
  expect(7, 'firstSkillRow');
  if (text(7, 2) !== String(FIRST_SKILL_ROW))
    refuse(where(7, 2), 'the hidden sheet is damaged (the first skill row is wrong)');

  const members: FormMeta['members'] = [];
  const skills: FormMeta['skills'] = [];
  const memberIds = new Set(data.members.map((m) => m.id));
  const skillIds = new Map(data.framework.skills.map((s) => [s.id, s]));
  const sameVersion = frameworkVersion === data.framework.version;
  const last = Math.min(ws.rowCount, MAX_META_ROWS);
  for (let row = 8; row <= last; row++) {
    const key = text(row, 1);
    if (key === '') continue;
    if (key === 'member') {
      const memberId = text(row, 2);
      const sheet = text(row, 3);
      if (!memberIds.has(memberId)) {
        refuse(where(row, 2), `the form is for a member who is not in the team (id ${quoteCell(memberId)})`);
      }
      if (members.some((m) => m.memberId === memberId))
        refuse(where(row, 2), `the member "${memberId}" is listed twice`);
      if (sheet === '' || members.some((m) => m.sheet === sheet)) {
        refuse(where(row, 3), 'the hidden sheet is damaged (each member needs a sheet of their own)');
      }
      members.push({ memberId, sheet, row });
    } else if (key === 'skill') {
      const skillId = text(row, 2);
      const name = text(row, 3);
      const skill = skillIds.get(skillId);
      if (skill === undefined) refuse(where(row, 2), `the framework has no skill with the id ${quoteCell(skillId)}`);
      if (skills.some((s) => s.skillId === skillId)) refuse(where(row, 2), `the skill "${skillId}" is listed twice`);
      // With the framework unchanged, each recorded name is the skill's own: ids were not swapped.
      if (sameVersion && name !== skill!.name) {
        refuse(where(row, 3), `the hidden sheet is damaged (${quoteCell(name)} is not the name of "${skillId}")`);
      }
      skills.push({ skillId, name, row: FIRST_SKILL_ROW + skills.length });
    } else {
      refuse(where(row), `the hidden sheet is damaged (unexpected ${quoteCell(key)})`);
    }
  }
  if (members.length === 0) refuse(`sheet "${ws.name}"`, 'the hidden sheet is damaged (it names no member)');
  if (skills.length === 0) refuse(`sheet "${ws.name}"`, 'the hidden sheet is damaged (it names no skill)');
  return { formId, frameworkId, frameworkVersion, firstSkillRow: FIRST_SKILL_ROW, members, skills };
}

/** A note cell: text kept as written (ends trimmed), refused when too long or holding a control character. */
function noteAt(ws: Worksheet, column: number, row: number, max: number, refuse: Refuse): string | undefined {
  const text = textAt(ws, column, row, refuse, 'the note')?.trim();
  if (text === undefined || text === '') return undefined;
  const where = at(ws.name, column, row);
  if (text.length > max) {
    refuse(
      where,
      `the note is ${withThousands(text.length)} characters long; at most ${withThousands(max)} fit, so shorten it`,
    );
  }
  const control = firstControl(text, BLOCK_CONTROL);
  if (control !== null) refuse(where, `the note holds a control character (${control}); remove it`);
  return text;
}

function readMemberSheet(
  ws: Worksheet,
  memberId: string,
  meta: FormMeta,
  levels: Map<string, SelfRating>,
  today: string,
  refuse: Refuse,
): SelfAssessment {
  const ratings: Record<string, SelfRating> = {};
  const skillNotes: Record<string, string> = {};
  for (const { skillId, name, row } of meta.skills) {
    const shown = textAt(ws, SKILL_COLUMN, row, refuse, 'the skill name cell');
    if (shown !== name) {
      refuse(
        at(ws.name, SKILL_COLUMN, row),
        `expected the skill ${quoteCell(name)} here but found ${shown === null ? 'an empty cell' : quoteCell(shown)}; the skill rows were moved, deleted or renamed — send the form out again`,
      );
    }
    const answer = textAt(ws, LEVEL_COLUMN, row, refuse, 'the level cell')?.trim();
    if (answer !== undefined && answer !== '') {
      const rating = levels.get(answer.toLowerCase());
      if (rating === undefined) {
        refuse(
          at(ws.name, LEVEL_COLUMN, row),
          `${quoteCell(answer)} is not a level of the scale or "${NOT_OBSERVED_LABEL}"; choose one from the list`,
        );
      }
      ratings[skillId] = rating!;
    }
    const note = noteAt(ws, NOTES_COLUMN, row, SKILL_NOTE_MAX, refuse);
    if (note !== undefined) skillNotes[skillId] = note;
  }
  const notesRow = generalNotesRow(meta.skills.length);
  if (textAt(ws, SKILL_COLUMN, notesRow, refuse, 'the label cell') !== GENERAL_NOTES_LABEL) {
    refuse(
      at(ws.name, SKILL_COLUMN, notesRow),
      `expected "${GENERAL_NOTES_LABEL}" here; rows were inserted or deleted — send the form out again`,
    );
  }
  const note = noteAt(ws, NOTES_COLUMN, notesRow, FORM_NOTE_MAX, refuse);
  const form = {
    memberId,
    receivedOn: today,
    formId: meta.formId,
    ratings,
    skillNotes,
    ...(note === undefined ? {} : { note }),
    decisions: {},
  };
  const parsed = SelfAssessment.safeParse(form);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    refuse(
      `sheet "${ws.name}"`,
      `the answers cannot be kept (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'})`,
    );
  }
  return parsed.data!;
}
