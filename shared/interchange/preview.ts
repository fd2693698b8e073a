import { isCleanMember, maxLevel, Member, slugify, uniqueSlug, type Framework } from '../domain';
import { guessLevel } from './layout';
import { cellNumber, cellText, isNotAssessedMark, normaliseHeader, normaliseName } from './normalise';
import { quoteCell } from './quote';
import type { ColumnMapping, RawCell, RawSheet, RowError, SheetLayout, SkippedRow } from './types';

/*
 * The rows under the header, read as the layout says: each row becomes a member, an error
 * (every problem in the row, each naming its column) or a skipped row with the reason.
 * Nothing is half-made: a row with any error gives no member.
 */

export interface PreviewOptions {
  /** Members already stored: a matching name keeps its id, other ids are not reused. */
  existing: readonly Member[];
  /** Role (id, name or abbreviation) for rows with no role column or an empty role cell. */
  defaultRole?: string;
  /** The file's base name. Row errors carry row and column; callers put the file in front. */
  fileName: string;
}

export interface ImportPreview {
  members: Member[];
  /** The sheet row (1-based) each member came from, index for index with `members`. */
  memberRows: number[];
  errors: RowError[];
  skipped: SkippedRow[];
  /** Columns with a header that nothing reads (not those the user chose to ignore). */
  unmatchedColumns: ColumnMapping[];
}

const MAX_TEXT = 120;
/** First cells of the summary rows spreadsheets grow under the data (not Min/Max: people are called Max). */
const SUMMARY_LABELS = new Set([
  'total',
  'totals',
  'grand total',
  'subtotal',
  'sum',
  'average',
  'averages',
  'avg',
  'mean',
  'median',
  'count',
]);

type Result<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const bad = <T>(message: string): Result<T> => ({ ok: false, message });

interface Columns {
  name?: ColumnMapping;
  title?: ColumnMapping;
  role?: ColumnMapping;
  productTeam?: ColumnMapping;
  fte?: ColumnMapping;
  skills: { column: ColumnMapping; skillId: string }[];
}

/** The first column for each target; a layout built by hand may repeat one, and the first wins. */
function readColumns(layout: SheetLayout): Columns {
  const columns: Columns = { skills: [] };
  const skills = new Set<string>();
  for (const column of layout.columns) {
    const { target } = column;
    if (target.kind === 'skill') {
      if (!skills.has(target.skillId)) columns.skills.push({ column, skillId: target.skillId });
      skills.add(target.skillId);
    } else if (target.kind !== 'ignore') {
      columns[target.kind] ??= column;
    }
  }
  return columns;
}

type RowKind = 'blank' | 'summary' | 'numbers' | 'data';

function classify(row: readonly RawCell[], nameColumn: ColumnMapping | undefined): RowKind {
  const first = row.find((cell) => cellText(cell) !== '');
  if (first === undefined) return 'blank';
  if (SUMMARY_LABELS.has(normaliseHeader(cellText(first)))) return 'summary';
  if (nameColumn !== undefined && cellText(row[nameColumn.index]) !== '') return 'data';
  const onlyNumbers = row.every((cell) => cellText(cell) === '' || cellNumber(cell) !== undefined);
  return onlyNumbers ? 'numbers' : 'data';
}

function roleResolver(framework: Framework): (text: string) => string | undefined {
  const keys = new Map<string, Set<string>>();
  const add = (text: string, id: string) => {
    const key = normaliseHeader(text);
    if (key !== '') keys.set(key, (keys.get(key) ?? new Set()).add(id));
  };
  for (const role of framework.roles) {
    add(role.id, role.id);
    add(role.name, role.id);
    const words = normaliseHeader(role.name).split(' ');
    // "Data scientist" → DS: the abbreviation teams write in role columns.
    if (words.length > 1) add(words.map((w) => w[0]).join(''), role.id);
  }
  // A role column holds a handful of distinct texts over thousands of rows.
  const resolved = new Map<string, string | undefined>();
  return (text) => {
    if (resolved.has(text)) return resolved.get(text);
    const role = resolve(text);
    if (resolved.size < 1_000) resolved.set(text, role);
    return role;
  };

  function resolve(text: string): string | undefined {
    const key = normaliseHeader(text);
    const exact = keys.get(key);
    if (exact) return exact.size === 1 ? [...exact][0] : undefined;
    // "Senior data scientist" holds exactly one role's name.
    const within = framework.roles.filter((r) => ` ${key} `.includes(` ${normaliseHeader(r.name)} `));
    return within.length === 1 ? within[0]!.id : undefined;
  }
}

function levelResult(value: number, top: number): Result<number> {
  if (!Number.isFinite(value)) return bad(`${value} is not a level of the scale (0–${top})`);
  if (!Number.isInteger(value)) return bad(`${value} is not a whole level`);
  if (value > top) return bad(`${value} is above the scale's top level ${top}`);
  if (value < 0) return bad(`${value} is below the scale's lowest level 0`);
  return ok(value);
}

function parseLevel(
  cell: RawCell | undefined,
  layout: SheetLayout,
  framework: Framework,
  top: number,
): Result<number | undefined> {
  if (typeof cell === 'number') return levelResult(cell, top);
  const text = cellText(cell);
  // The common cells first, without normalising: empty, and a single digit (CSV gives text).
  if (text === '') return ok(undefined);
  if (text.length === 1 && text >= '0' && text <= '9') return levelResult(Number(text), top);
  if (isNotAssessedMark(text)) return ok(undefined);
  const number = cellNumber(cell);
  if (number !== undefined) return levelResult(number, top);
  const key = normaliseHeader(text);
  const level = Object.hasOwn(layout.levelLabels, key) ? layout.levelLabels[key] : guessLevel(key, framework);
  if (level === null || level === undefined) {
    return bad(`${quoteCell(text)} is not a level of the scale; map it to a level or fix the cell`);
  }
  if (!Number.isInteger(level) || level < 0 || level > top) {
    return bad(`${quoteCell(text)} is mapped to level ${level}, which is not on the scale (0–${top})`);
  }
  return ok(level);
}

const FTE_HINT = 'use a number from 0.1 to 1 or a percentage such as 80%';

/** 0.8, "0.8", 80, "80" and "80%" are all 0.8 FTE: above 1 can only be a percentage. */
function parseFte(cell: RawCell | undefined): Result<number> {
  const text = cellText(cell);
  if (text === '') return ok(1);
  const percent = /^([+-]?\d+(?:[.,]\d+)?)\s*%$/.exec(text);
  const number = percent ? Number(percent[1]!.replace(',', '.')) : cellNumber(cell);
  const shown = typeof cell === 'number' ? text : quoteCell(text);
  if (number === undefined || !Number.isFinite(number)) return bad(`${shown} is not an FTE; ${FTE_HINT}`);
  const fte = Math.round((percent || number > 1 ? number / 100 : number) * 10_000) / 10_000;
  return fte >= 0.1 && fte <= 1 ? ok(fte) : bad(`${shown} is not between 0.1 and 1 FTE (10%–100%)`);
}

/** The header as written; "column F" for a column the user mapped though it has no header. */
function columnLabel(column: ColumnMapping): string {
  if (column.header !== '') return column.header;
  let letters = '';
  for (let n = column.index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `column ${letters}`;
}

function textField(cell: RawCell | undefined, field: string): Result<string> {
  const text = cellText(cell);
  return text.length > MAX_TEXT ? bad(`${field} is longer than ${MAX_TEXT} characters (${text.length})`) : ok(text);
}

/** Builds the preview. Never throws: every row after the header ends up in exactly one list. */
export function buildPreview(
  sheet: RawSheet,
  layout: SheetLayout,
  framework: Framework,
  options: PreviewOptions,
): ImportPreview {
  const columns = readColumns(layout);
  const resolveRole = roleResolver(framework);
  const skillIds = new Set(framework.skills.map((s) => s.id));
  const skillColumns = columns.skills.map((s) => ({ ...s, known: skillIds.has(s.skillId) }));
  const top = maxLevel(framework.scale);
  const existingIds = new Map<string, string>();
  for (const member of options.existing) {
    const key = normaliseName(member.name);
    if (!existingIds.has(key)) existingIds.set(key, member.id);
  }
  const taken = new Set(options.existing.map((m) => m.id));
  const firstRowOfName = new Map<string, number>();
  const preview: ImportPreview = { members: [], memberRows: [], errors: [], skipped: [], unmatchedColumns: [] };

  const start = Math.max(0, layout.headerRow + 1);
  const rows = sheet.rows.slice(start);
  const kinds = rows.map((row) => classify(row, columns.name));
  // Nameless rows of numbers are sums only below the last person; higher up they are a person without a name.
  const lastData = kinds.lastIndexOf('data');

  rows.forEach((row, i) => {
    const rowNumber = start + i + 1;
    const kind = kinds[i];
    if (kind === 'blank') return preview.skipped.push({ row: rowNumber, reason: 'blank row' });
    if (kind === 'summary') {
      const label = cellText(row.find((cell) => cellText(cell) !== ''));
      return preview.skipped.push({ row: rowNumber, reason: `totals row (${quoteCell(label)})` });
    }
    if (kind === 'numbers' && i > lastData) {
      return preview.skipped.push({ row: rowNumber, reason: 'summary row: numbers without a name' });
    }

    const errors: RowError[] = [];
    const at = <T>(column: ColumnMapping | undefined, result: Result<T>): T | undefined => {
      if (result.ok) return result.value;
      errors.push({ row: rowNumber, ...(column ? { column: columnLabel(column) } : {}), message: result.message });
      return undefined;
    };
    const cell = (column: ColumnMapping | undefined) => (column ? row[column.index] : undefined);

    const name = at(columns.name, textField(cell(columns.name), 'name'));
    const nameKey = name === undefined ? '' : normaliseName(name);
    if (!columns.name) at(undefined, bad('no column is mapped to the name; choose the name column'));
    else if (name === '') at(columns.name, bad('name is empty; every person needs a name'));
    else if (name !== undefined) {
      const first = firstRowOfName.get(nameKey);
      if (first !== undefined) at(columns.name, bad(`${quoteCell(name)} is already on row ${first}`));
      else firstRowOfName.set(nameKey, rowNumber);
    }
    const title = at(columns.title, textField(cell(columns.title), 'title'));
    const productTeam = at(columns.productTeam, textField(cell(columns.productTeam), 'product team'));
    const fte = at(columns.fte, parseFte(cell(columns.fte)));
    const role = at(columns.role, readRole(cellText(cell(columns.role)), columns.role !== undefined));
    const levels: Record<string, number> = {};
    for (const { column, skillId, known } of skillColumns) {
      const value = row[column.index];
      if (!known) {
        if (cellText(value) !== '') {
          at(column, bad(`the column is mapped to skill ${quoteCell(skillId)}, which the framework does not have`));
        }
        continue;
      }
      // The common cells without building a result: empty, and a whole level on the scale.
      if (value === null || value === undefined) continue;
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= top) {
        levels[skillId] = value;
        continue;
      }
      if (typeof value === 'string' && value.length === 1) {
        const digit = value.charCodeAt(0) - 48;
        if (digit >= 0 && digit <= top) {
          levels[skillId] = digit;
          continue;
        }
      }
      const level = at(column, parseLevel(value, layout, framework, top));
      if (level !== undefined) levels[skillId] = level;
    }
    if (errors.length > 0 || name === undefined || role === undefined || fte === undefined) {
      preview.errors.push(...errors);
      return;
    }

    const candidate = {
      id: idFor(name, nameKey),
      name,
      ...(title ? { title } : {}),
      role,
      productTeam: productTeam ?? '',
      fte,
      levels,
      allocation: {},
    };
    // The schema only for what the fast check doubts (it says yes only when the schema would).
    const parsed: { success: true; data: Member } | ReturnType<typeof Member.safeParse> = isCleanMember(candidate)
      ? { success: true, data: candidate }
      : Member.safeParse(candidate);
    if (!parsed.success) {
      // Unreachable while the checks above mirror the schema; kept so a schema change cannot let a bad member through.
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? '');
      const column =
        field === 'levels'
          ? columns.skills.find((s) => s.skillId === issue?.path[1])?.column
          : columns[field as 'name' | 'title' | 'role' | 'productTeam' | 'fte'];
      at(column, bad(`${field}: ${issue?.message ?? 'invalid'}`));
      preview.errors.push(...errors);
      return;
    }
    taken.add(parsed.data.id);
    preview.members.push(parsed.data);
    preview.memberRows.push(rowNumber);
  });

  preview.unmatchedColumns = layout.columns.filter(
    (c) => c.target.kind === 'ignore' && c.matchedBy !== 'user' && c.header !== '',
  );
  return preview;

  function readRole(text: string, hasColumn: boolean): Result<string> {
    if (text !== '') {
      const role = resolveRole(text);
      const names = framework.roles.map((r) => r.name).join(', ');
      return role ? ok(role) : bad(`${quoteCell(text)} is not a role of the framework (${names})`);
    }
    const defaultRole = layout.defaultRole ?? options.defaultRole;
    if (defaultRole === undefined) {
      return bad(
        hasColumn
          ? 'role is empty; fill it in or choose a default role'
          : 'no column is mapped to the role; choose the role column or a default role',
      );
    }
    const role = resolveRole(defaultRole);
    return role ? ok(role) : bad(`the default role ${quoteCell(defaultRole)} is not a role of the framework`);
  }

  /** A name already stored keeps its member's id (merge then updates that member); others get a fresh slug. */
  function idFor(name: string, key: string): string {
    const existing = existingIds.get(key);
    if (existing !== undefined) return existing;
    const base = slugify(name, 'member');
    // uniqueSlug copies `taken`: only worth it on a clash, or 10,000 rows would copy 10,000 times.
    return taken.has(base) ? uniqueSlug(name, taken, 'member') : base;
  }
}
