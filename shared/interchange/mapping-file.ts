import { z } from 'zod';
import { maxLevel, type Framework } from '../domain';
import { problemFromZod, type Parsed } from '../io/errors';
import { OTHER_ROLE_ID } from '../domain';
import { detectLayout, HEADER_SCAN_ROWS, refreshFromSheet, withColumnTarget, withLevelLabel } from './layout';
import { cellText, normaliseHeader } from './normalise';
import { quoteCell } from './quote';
import { guessRole, withRoleValue } from './role-values';
import { InterchangeError, type ColumnTarget, type RawSheet, type RawWorkbook, type SheetLayout } from './types';

/*
 * The CLI's `--map <file>`: the choices a user makes in the import dialog, written down so
 * an import can run unattended. What the file says overrides detection; what it leaves out
 * stays as detected.
 */

const FIELD_TARGETS = ['name', 'title', 'role', 'productTeam', 'fte', 'notes', 'assessedOn', 'ignore'] as const;
const TARGET_PATTERN = /^(?:name|title|role|productTeam|fte|notes|assessedOn|ignore|skill:.+|allocation:.+)$/;
const Target = z
  .string()
  .regex(
    TARGET_PATTERN,
    `must be one of ${FIELD_TARGETS.join(', ')}, "skill:<skill id>" or "allocation:<responsibility id>"`,
  );
const RowNumber = z.int().min(1).max(1_048_576);

export const MappingFile = z.strictObject({
  /** The sheet to import; by default the first one with a header row. */
  sheet: z.string().min(1).max(200).optional(),
  /** The header row as a spreadsheet numbers it (1-based); by default it is searched for. */
  headerRow: z.int().min(1).max(1_048_576).optional(),
  /** Header text → what the column holds; a list of "skill:<id>" for a column that rates several skills. */
  columns: z.record(z.string().max(1000), z.union([Target, z.array(Target).min(1).max(50)])).optional(),
  /** Level label → level on the scale. */
  levels: z.record(z.string().max(200), z.int().min(0).max(10)).optional(),
  /** Role or job-title value → role id (or "other"), for values no role name or alias gives. */
  roles: z.record(z.string().max(200), z.string().min(1).max(64)).optional(),
  /** Role (id or name) of people whose role the file does not give. */
  defaultRole: z.string().min(1).max(120).optional(),
  /** Rows (as the spreadsheet numbers them) to leave out. */
  skipRows: z.array(RowNumber).max(100_000).optional(),
  /** Rows to read as people although they look like a totals row (a person called "Sum"). */
  keepRows: z.array(RowNumber).max(100_000).optional(),
});
export type MappingFile = z.infer<typeof MappingFile>;

/** Checks a mapping file already parsed from JSON. */
export function parseMappingFile(data: unknown): Parsed<MappingFile> {
  const result = MappingFile.safeParse(data);
  return result.success ? { ok: true, value: result.data } : { ok: false, error: problemFromZod(result.error) };
}

/**
 * The layout with the mapping file's choices applied (columns as matchedBy 'user'), then
 * level labels and role values collected again from `sheet`. Throws InterchangeError naming
 * the key for a header the sheet lacks, an unknown skill, responsibility or role, two keys
 * for one field, or a level above the scale.
 */
export function applyMappingFile(
  sheet: RawSheet,
  layout: SheetLayout,
  mapping: MappingFile,
  framework: Framework,
  fileName = 'mapping file',
): SheetLayout {
  const fail = (where: string, message: string): never => {
    throw new InterchangeError({ fileName, where, message });
  };
  const skills = new Map(framework.skills.map((s) => [s.id, s]));
  const roleIds = new Set([...framework.roles.map((r) => r.id), OTHER_ROLE_ID]);
  const roleList = [...roleIds].join(', ');
  const claimedBy = new Map<string, string>();
  /** Keys that mean one thing (two spellings of a header, a label, a value) must agree: neither may silently win. */
  const saidBy = new Map<string, { where: string; said: string }>();
  const once = (thing: string, where: string, said: string, what: string) => {
    const before = saidBy.get(thing);
    if (before !== undefined && before.said !== said) fail(where, `${what} as ${before.where}, which says otherwise`);
    saidBy.set(thing, { where, said });
  };
  let next = layout;
  for (const [header, value] of Object.entries(mapping.columns ?? {})) {
    const where = `columns.${quoteCell(header)}`;
    const target = toTarget(value, (message) => fail(where, message));
    if (target.kind === 'skill') {
      const unknown = target.skillIds.find((id) => !skills.has(id));
      if (unknown !== undefined) fail(where, `unknown skill id ${quoteCell(unknown)}`);
    }
    if (target.kind === 'allocation') {
      const skill = skills.get(target.responsibilityId);
      if (skill === undefined) fail(where, `unknown responsibility id ${quoteCell(target.responsibilityId)}`);
      else if (skill.kind !== 'responsibility') {
        fail(where, `${quoteCell(target.responsibilityId)} is a skill; time is allocated to responsibilities`);
      }
    }
    const column =
      layout.columns.find((c) => c.header === header.trim()) ??
      layout.columns.find((c) => c.header !== '' && normaliseHeader(c.header) === normaliseHeader(header));
    if (!column) fail(where, `sheet ${quoteCell(layout.sheet)} has no column with this header`);
    once(`column ${column!.index}`, where, JSON.stringify(target), 'names the same column');
    // Skills may come from several columns; a field or a responsibility's time from one.
    // Keyed by the target, not the text: ["name"] claims the name as "name" does.
    if (target.kind !== 'ignore' && target.kind !== 'skill') {
      const key = target.kind === 'allocation' ? `allocation:${target.responsibilityId}` : target.kind;
      const other = claimedBy.get(key);
      if (other !== undefined) fail(where, `${quoteCell(key)} is also given to ${other}`);
      claimedBy.set(key, where);
    }
    next = withColumnTarget(next, column!.index, target);
  }
  const top = maxLevel(framework.scale);
  for (const [label, level] of Object.entries(mapping.levels ?? {})) {
    const where = `levels.${quoteCell(label)}`;
    if (level > top) fail(where, `${level} is above the scale's top level ${top}`);
    once(`level ${normaliseHeader(label)}`, where, String(level), 'is the same label');
    next = withLevelLabel(next, label, level);
  }
  next = refreshFromSheet(sheet, next, framework);
  for (const [value, role] of Object.entries(mapping.roles ?? {})) {
    const where = `roles.${quoteCell(value)}`;
    const id = guessRole(role, framework);
    if (id === null) fail(where, `${quoteCell(role)} is not a role id (${roleList})`);
    once(`role ${normaliseHeader(value)}`, where, id!, 'is the same value');
    next = withRoleValue(next, value, id!);
  }
  if (mapping.defaultRole !== undefined) {
    const id = guessRole(mapping.defaultRole, framework);
    if (id === null) fail('defaultRole', `${quoteCell(mapping.defaultRole)} is not a role id (${roleList})`);
    next = { ...next, defaultRole: id! };
  }
  if (mapping.skipRows) next = { ...next, skipRows: [...new Set(mapping.skipRows)].sort((a, b) => a - b) };
  if (mapping.keepRows) next = { ...next, keepRows: [...new Set(mapping.keepRows)].sort((a, b) => a - b) };
  // Rows left out no longer add level labels or role values.
  return mapping.skipRows ? refreshFromSheet(sheet, next, framework) : next;
}

function toTarget(value: string | string[], fail: (message: string) => never): ColumnTarget {
  const values = typeof value === 'string' ? [value] : value;
  if (values.every((v) => v.startsWith('skill:'))) {
    return { kind: 'skill', skillIds: [...new Set(values.map((v) => v.slice('skill:'.length)))] };
  }
  if (values.length > 1) fail('a list is for several skills ("skill:<id>" each); any other column holds one thing');
  const [only] = values as [string];
  if (only.startsWith('allocation:')) return { kind: 'allocation', responsibilityId: only.slice('allocation:'.length) };
  return { kind: only as (typeof FIELD_TARGETS)[number] };
}

/**
 * The sheet and layout for a workbook as a mapping file directs: its sheet (or the first
 * that fits), its header row (else the first row holding every header it names, else the
 * detected one), then its columns and levels.
 */
export function layoutFromMappingFile(
  workbook: RawWorkbook,
  mapping: MappingFile,
  framework: Framework,
  mappingFileName = 'mapping file',
): { sheet: RawSheet; layout: SheetLayout } {
  let candidates = workbook.sheets;
  if (mapping.sheet !== undefined) {
    candidates = workbook.sheets.filter((s) => s.name === mapping.sheet);
    if (candidates.length === 0) {
      const names = workbook.sheets.map((s) => quoteCell(s.name)).join(', ');
      throw new InterchangeError({
        fileName: mappingFileName,
        where: 'sheet',
        message: `${workbook.fileName} has no sheet ${quoteCell(mapping.sheet)} (it has ${names || 'no sheets'})`,
      });
    }
  }
  let firstError: unknown;
  /** The first sheet with a header row that the file does not fit: the matrix, most likely, so its problem is the one to say. */
  let fitError: unknown;
  for (const sheet of candidates) {
    let detected: SheetLayout;
    try {
      if (mapping.headerRow !== undefined && mapping.headerRow > sheet.rows.length) {
        // The fix is in the mapping file, so the message names it and the key.
        throw new InterchangeError({
          fileName: mappingFileName,
          where: 'headerRow',
          message: `sheet ${quoteCell(sheet.name)} of ${workbook.fileName} has ${sheet.rows.length} rows, not ${mapping.headerRow}`,
        });
      }
      const headerRow = mapping.headerRow !== undefined ? mapping.headerRow - 1 : rowWithHeaders(sheet, mapping);
      detected = detectLayout(sheet, framework, {
        fileName: workbook.fileName,
        ...(headerRow !== undefined ? { headerRow } : {}),
      });
    } catch (error) {
      // Another sheet may be the matrix; report the first sheet's problem if none is.
      if (!(error instanceof InterchangeError)) throw error;
      firstError ??= error;
      continue;
    }
    try {
      return { sheet, layout: applyMappingFile(sheet, detected, mapping, framework, mappingFileName) };
    } catch (error) {
      if (!(error instanceof InterchangeError)) throw error;
      fitError ??= error;
    }
  }
  throw (
    fitError ??
    firstError ??
    new InterchangeError({ fileName: workbook.fileName, message: 'the workbook has no sheets' })
  );
}

/** The first row with every header the file names: its headers may be ones detection does not know. */
function rowWithHeaders(sheet: RawSheet, mapping: MappingFile): number | undefined {
  const wanted = Object.keys(mapping.columns ?? {}).map(normaliseHeader);
  if (wanted.length === 0 || wanted.includes('')) return undefined;
  const index = sheet.rows.slice(0, HEADER_SCAN_ROWS).findIndex((row) => {
    const headers = new Set(row.map((cell) => normaliseHeader(cellText(cell))));
    return wanted.every((key) => headers.has(key));
  });
  return index < 0 ? undefined : index;
}
