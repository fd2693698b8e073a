import { z } from 'zod';
import { maxLevel, type Framework } from '../domain';
import { problemFromZod, type Parsed } from '../io/errors';
import { detectLayout, HEADER_SCAN_ROWS, withColumnTarget, withLevelLabel } from './layout';
import { cellText, normaliseHeader } from './normalise';
import { quoteCell } from './quote';
import { InterchangeError, type ColumnTarget, type RawSheet, type RawWorkbook, type SheetLayout } from './types';

/*
 * The CLI's `--map <file>`: the choices a user makes in the import dialog, written down so
 * an import can run unattended. What the file says overrides detection; what it leaves out
 * stays as detected.
 */

const FIELD_TARGETS = ['name', 'title', 'role', 'productTeam', 'fte', 'ignore'] as const;
const TARGET_PATTERN = /^(?:name|title|role|productTeam|fte|ignore|skill:.+)$/;

export const MappingFile = z.strictObject({
  /** The sheet to import; by default the first one with a header row. */
  sheet: z.string().min(1).max(200).optional(),
  /** The header row as a spreadsheet numbers it (1-based); by default it is searched for. */
  headerRow: z.int().min(1).max(1_048_576).optional(),
  /** Header text → what the column holds. */
  columns: z.record(
    z.string().max(1000),
    z.string().regex(TARGET_PATTERN, `must be one of ${FIELD_TARGETS.join(', ')} or "skill:<skill id>"`),
  ),
  /** Level label → level on the scale. */
  levels: z.record(z.string().max(200), z.int().min(0).max(10)).optional(),
});
export type MappingFile = z.infer<typeof MappingFile>;

/** Checks a mapping file already parsed from JSON. */
export function parseMappingFile(data: unknown): Parsed<MappingFile> {
  const result = MappingFile.safeParse(data);
  return result.success ? { ok: true, value: result.data } : { ok: false, error: problemFromZod(result.error) };
}

/**
 * The layout with the mapping file's columns and level labels applied (matchedBy 'user').
 * Throws InterchangeError naming the key for a header the sheet lacks, an unknown skill id,
 * two keys for one skill or field, or a level above the scale.
 */
export function applyMappingFile(
  layout: SheetLayout,
  mapping: MappingFile,
  framework: Framework,
  fileName = 'mapping file',
): SheetLayout {
  const fail = (where: string, message: string): never => {
    throw new InterchangeError({ fileName, where, message });
  };
  const skillIds = new Set(framework.skills.map((s) => s.id));
  const claimedBy = new Map<string, string>();
  let next = layout;
  for (const [header, value] of Object.entries(mapping.columns)) {
    const where = `columns.${quoteCell(header)}`;
    const target = toTarget(value);
    if (target.kind === 'skill' && !skillIds.has(target.skillId))
      fail(where, `unknown skill id ${quoteCell(target.skillId)}`);
    const column =
      layout.columns.find((c) => c.header === header.trim()) ??
      layout.columns.find((c) => c.header !== '' && normaliseHeader(c.header) === normaliseHeader(header));
    if (!column) fail(where, `sheet ${quoteCell(layout.sheet)} has no column with this header`);
    if (target.kind !== 'ignore') {
      const other = claimedBy.get(value);
      if (other !== undefined) fail(where, `${quoteCell(value)} is also given to ${other}`);
      claimedBy.set(value, where);
    }
    next = withColumnTarget(next, column!.index, target);
  }
  const top = maxLevel(framework.scale);
  for (const [label, level] of Object.entries(mapping.levels ?? {})) {
    if (level > top) fail(`levels.${quoteCell(label)}`, `${level} is above the scale's top level ${top}`);
    next = withLevelLabel(next, label, level);
  }
  return next;
}

function toTarget(value: string): ColumnTarget {
  if (value.startsWith('skill:')) return { kind: 'skill', skillId: value.slice('skill:'.length) };
  return { kind: value as (typeof FIELD_TARGETS)[number] };
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
  for (const sheet of candidates) {
    try {
      const headerRow = mapping.headerRow !== undefined ? mapping.headerRow - 1 : rowWithHeaders(sheet, mapping);
      const detected = detectLayout(sheet, framework, {
        fileName: workbook.fileName,
        ...(headerRow !== undefined ? { headerRow } : {}),
      });
      return { sheet, layout: applyMappingFile(detected, mapping, framework, mappingFileName) };
    } catch (error) {
      // Another sheet may be the matrix; report the first sheet's problem if none is.
      if (!(error instanceof InterchangeError)) throw error;
      firstError ??= error;
    }
  }
  throw firstError ?? new InterchangeError({ fileName: workbook.fileName, message: 'the workbook has no sheets' });
}

/** The first row with every header the file names: its headers may be ones detection does not know. */
function rowWithHeaders(sheet: RawSheet, mapping: MappingFile): number | undefined {
  const wanted = Object.keys(mapping.columns).map(normaliseHeader);
  if (wanted.length === 0 || wanted.includes('')) return undefined;
  const index = sheet.rows.slice(0, HEADER_SCAN_ROWS).findIndex((row) => {
    const headers = new Set(row.map((cell) => normaliseHeader(cellText(cell))));
    return wanted.every((key) => headers.has(key));
  });
  return index < 0 ? undefined : index;
}
