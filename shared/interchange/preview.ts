import { isCleanMember, maxLevel, Member, OTHER_ROLE_ID, slugify, uniqueSlug, type Framework } from '../domain';
import { allocationScale, parseAllocation, parseAssessedOn } from './cell-values';
import { guessLevel } from './layout';
import { cellNumber, cellText, isNotAssessedMark, normaliseHeader, normaliseName } from './normalise';
import { quoteCell } from './quote';
import { bad, ok, type Result } from './result';
import { guessRole, roleOfValue, roleSourceColumn } from './role-values';
import { isSummaryLabel } from './summary-rows';
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
  /** Index for index with `members`: the role is the default role, as the file gave none (or one mapped to none). */
  roleFromDefault: boolean[];
  errors: RowError[];
  skipped: SkippedRow[];
  /** Columns with a header that nothing reads (not those the user chose to ignore). */
  unmatchedColumns: ColumnMapping[];
}

const MAX_TEXT = 120;
/** The app's fix for a role or title value that names no role; the CLI says its own (a --map entry). */
export const ROLE_VALUE_FIX = '; map it to a role (or "other") or choose a default role';
const MAX_NOTES = 5000;

type FieldKind = 'name' | 'title' | 'role' | 'productTeam' | 'fte' | 'notes' | 'assessedOn';

interface Columns extends Partial<Record<FieldKind, ColumnMapping>> {
  skills: { column: ColumnMapping; skillIds: string[] }[];
  allocation: { column: ColumnMapping; responsibilityId: string; scale: number }[];
}

/** The first column for each field or responsibility (a layout built by hand may repeat one); every skill column. */
function readColumns(layout: SheetLayout): Columns {
  const columns: Columns = { skills: [], allocation: [] };
  const responsibilities = new Set<string>();
  for (const column of layout.columns) {
    const { target } = column;
    if (target.kind === 'skill') columns.skills.push({ column, skillIds: target.skillIds });
    else if (target.kind === 'allocation') {
      if (responsibilities.has(target.responsibilityId)) continue;
      responsibilities.add(target.responsibilityId);
      // The scale is set once the rows are classified (see buildPreview).
      columns.allocation.push({ column, responsibilityId: target.responsibilityId, scale: 1 });
    } else if (target.kind !== 'ignore') {
      columns[target.kind] ??= column;
    }
  }
  return columns;
}

type RowKind = 'blank' | 'summary' | 'numbers' | 'data';

/** A row's kind; the label of a totals row is looked for in the name cell, else the first filled cell. */
function classify(row: readonly RawCell[], nameColumn: ColumnMapping | undefined): RowKind {
  const first = row.find((cell) => cellText(cell) !== '');
  if (first === undefined) return 'blank';
  const name = nameColumn !== undefined ? cellText(row[nameColumn.index]) : '';
  if (isSummaryLabel(name !== '' ? name : cellText(first))) return 'summary';
  if (name !== '') return 'data';
  const onlyNumbers = row.every((cell) => cellText(cell) === '' || cellNumber(cell) !== undefined);
  return onlyNumbers ? 'numbers' : 'data';
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

/** Notes keep their line breaks (Windows ones made plain); only the ends are trimmed. */
function notesField(cell: RawCell | undefined): Result<string> {
  const text = cellText(cell).replace(/\r\n?/g, '\n');
  return text.length > MAX_NOTES ? bad(`notes are longer than ${MAX_NOTES} characters (${text.length})`) : ok(text);
}

/** Builds the preview. Never throws: every row after the header ends up in exactly one list. */
export function buildPreview(
  sheet: RawSheet,
  layout: SheetLayout,
  framework: Framework,
  options: PreviewOptions,
): ImportPreview {
  const columns = readColumns(layout);
  const roleSource = roleSourceColumn(layout);
  const roleIds = new Set([...framework.roles.map((r) => r.id), OTHER_ROLE_ID]);
  const skills = new Map(framework.skills.map((s) => [s.id, s]));
  const skillColumns = columns.skills.map((s) => ({ ...s, unknown: s.skillIds.find((id) => !skills.has(id)) }));
  const skipRows = new Set(layout.skipRows);
  const keepRows = new Set(layout.keepRows);
  const top = maxLevel(framework.scale);
  const existingIds = new Map<string, string>();
  for (const member of options.existing) {
    const key = normaliseName(member.name);
    if (!existingIds.has(key)) existingIds.set(key, member.id);
  }
  const taken = new Set(options.existing.map((m) => m.id));
  const firstRowOfName = new Map<string, number>();
  const preview: ImportPreview = {
    members: [],
    memberRows: [],
    roleFromDefault: [],
    errors: [],
    skipped: [],
    unmatchedColumns: [],
  };

  const start = Math.max(0, layout.headerRow + 1);
  const rows = sheet.rows.slice(start);
  const kinds = rows.map((row) => classify(row, columns.name));
  // Nameless rows of numbers are sums only below the last person; higher up they are a person without a name.
  const lastData = kinds.lastIndexOf('data');
  // Whether a time column holds fractions (0.3) or percentages (30) is judged on the people's
  // rows only: a totals row's 1.6 would make 0.3 and 0.5 read as 0.3 % and 0.5 %.
  const people =
    columns.allocation.length === 0
      ? []
      : rows.filter((_, i) => {
          const rowNumber = start + i + 1;
          if (skipRows.has(rowNumber)) return false;
          if (keepRows.has(rowNumber)) return kinds[i] !== 'blank';
          return kinds[i] === 'data' || (kinds[i] === 'numbers' && i <= lastData);
        });
  for (const allocation of columns.allocation) {
    allocation.scale = allocationScale(people.map((row) => row[allocation.column.index]));
  }
  const allocationColumns = columns.allocation.map((a) => {
    const skill = skills.get(a.responsibilityId);
    const problem =
      skill === undefined
        ? `the column is mapped to responsibility ${quoteCell(a.responsibilityId)}, which the framework does not have`
        : skill.kind !== 'responsibility'
          ? `${quoteCell(skill.name)} is a skill, not a responsibility; time is allocated to responsibilities`
          : undefined;
    return { ...a, problem };
  });

  rows.forEach((row, i) => {
    const rowNumber = start + i + 1;
    const kind = kinds[i];
    if (kind === 'blank') return preview.skipped.push({ row: rowNumber, reason: 'blank row', blank: true });
    if (skipRows.has(rowNumber))
      return preview.skipped.push({ row: rowNumber, reason: 'left out by you', byUser: true });
    if (!keepRows.has(rowNumber)) {
      if (kind === 'summary') {
        const label =
          cellText(columns.name ? row[columns.name.index] : undefined) || cellText(row.find((c) => cellText(c) !== ''));
        return preview.skipped.push({ row: rowNumber, reason: `totals row (${quoteCell(label)})` });
      }
      if (kind === 'numbers' && i > lastData) {
        return preview.skipped.push({ row: rowNumber, reason: 'summary row: numbers without a name' });
      }
    }

    const errors: RowError[] = [];
    const person = columns.name ? cellText(row[columns.name.index]).slice(0, MAX_TEXT) : '';
    const at = <T>(column: ColumnMapping | undefined, result: Result<T>): T | undefined => {
      if (result.ok) return result.value;
      errors.push({
        row: rowNumber,
        ...(column ? { column: columnLabel(column) } : {}),
        ...(person !== '' ? { person } : {}),
        message: result.message,
      });
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
    const roleText = cellText(cell(roleSource));
    const readAs = at(roleSource, readRole(roleText));
    const role = readAs?.id;
    // The CLI's fix for an unknown title is an entry in its "roles"; it needs the value.
    if (role === undefined && roleText !== '' && layout.defaultRole === undefined) errors.at(-1)!.roleValue = roleText;
    const notes = at(columns.notes, notesField(cell(columns.notes)));
    const assessedOn = at(columns.assessedOn, parseAssessedOn(cell(columns.assessedOn)));
    const levels: Record<string, number> = {};
    for (const { column, skillIds, unknown } of skillColumns) {
      const value = row[column.index];
      if (unknown !== undefined) {
        if (cellText(value) !== '') {
          at(column, bad(`the column is mapped to skill ${quoteCell(unknown)}, which the framework does not have`));
        }
        continue;
      }
      const level = readLevel(value, column, at);
      // Several columns may rate one skill ("Airflow", "dbt"): the highest level is the member's.
      if (level !== undefined) for (const id of skillIds) if (!(levels[id]! >= level)) levels[id] = level;
    }
    const allocation: Record<string, number> = {};
    for (const { column, responsibilityId, scale, problem } of allocationColumns) {
      const value = row[column.index];
      if (problem !== undefined) {
        if (cellText(value) !== '') at(column, bad(problem));
        continue;
      }
      const percent = at(column, parseAllocation(value, scale));
      if (percent !== undefined && percent > 0) allocation[responsibilityId] = percent;
    }
    const allocated = Object.values(allocation).reduce((sum, pct) => sum + pct, 0);
    if (allocated > 100.0001) {
      const names = columns.allocation.map((a) => quoteCell(columnLabel(a.column))).join(', ');
      at(undefined, bad(`time allocation adds up to ${Math.round(allocated * 10) / 10} % (${names}), more than 100 %`));
    }
    if (
      errors.length > 0 ||
      name === undefined ||
      role === undefined ||
      fte === undefined ||
      notes === undefined ||
      assessedOn === undefined
    ) {
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
      allocation,
      ...(notes !== '' ? { notes } : {}),
      ...(assessedOn !== '' ? { assessedOn } : {}),
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
          ? columns.skills.find((s) => s.skillIds.includes(String(issue?.path[1])))?.column
          : field === 'allocation'
            ? columns.allocation.find((a) => a.responsibilityId === issue?.path[1])?.column
            : field === 'role'
              ? roleSource
              : columns[field as FieldKind];
      at(column, bad(`${field}: ${issue?.message ?? 'invalid'}`));
      preview.errors.push(...errors);
      return;
    }
    taken.add(parsed.data.id);
    preview.members.push(parsed.data);
    preview.memberRows.push(rowNumber);
    preview.roleFromDefault.push(readAs!.fromDefault);
  });

  preview.unmatchedColumns = layout.columns.filter(
    (c) => c.target.kind === 'ignore' && c.matchedBy !== 'user' && c.header !== '',
  );
  return preview;

  /** The role from the role column (else the job title), else the default role. */
  function readRole(text: string): Result<{ id: string; fromDefault: boolean }> {
    const source = roleSource?.target.kind === 'title' ? 'title' : 'role';
    const role = text === '' ? null : roleOfValue(text, layout, framework);
    if (role !== null) {
      return roleIds.has(role)
        ? ok({ id: role, fromDefault: false })
        : bad(`${quoteCell(text)} is mapped to role ${quoteCell(role)}, which the framework does not have`);
    }
    const defaultRole = layout.defaultRole ?? options.defaultRole;
    const fallback = defaultRole === undefined ? null : guessRole(defaultRole, framework);
    if (fallback !== null && roleIds.has(fallback)) return ok({ id: fallback, fromDefault: true });
    if (defaultRole !== undefined)
      return bad(`the default role ${quoteCell(defaultRole)} is not a role of the framework`);
    if (text !== '') {
      return bad(`${source} ${quoteCell(text)} names no role of the framework${ROLE_VALUE_FIX}`);
    }
    return bad(
      roleSource === undefined
        ? 'no column gives the role (no role or job-title column); choose that column or a default role'
        : `${source} is empty; fill it in or choose a default role`,
    );
  }

  /** The level of one skill cell; the common cells (empty, a whole level) without building a result. */
  function readLevel(
    value: RawCell | undefined,
    column: ColumnMapping,
    at: (column: ColumnMapping, result: Result<number | undefined>) => number | undefined,
  ): number | undefined {
    if (value === null || value === undefined) return undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= top) return value;
    if (typeof value === 'string' && value.length === 1) {
      const digit = value.charCodeAt(0) - 48;
      if (digit >= 0 && digit <= top) return digit;
    }
    return at(column, parseLevel(value, layout, framework, top));
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
