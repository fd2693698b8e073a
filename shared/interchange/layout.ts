import { isForbiddenKey } from '../io/safe-json';
import { maxLevel, type Framework } from '../domain';
import { isPercentHeader, matchAllocationHeader } from './allocation-header';
import { levelOfWord } from './level-words';
import { cellNumber, cellText, isNotAssessedMark, normaliseHeader } from './normalise';
import { quoteCell } from './quote';
import { collectRoleValues } from './role-values';
import {
  InterchangeError,
  type ColumnMapping,
  type ColumnTarget,
  type RawCell,
  type RawSheet,
  type SheetLayout,
} from './types';

/*
 * Where a matrix's header row is and what each column holds. Detection is a best guess the
 * user confirms: the UI changes a column with withColumnTarget (matchedBy 'user') and a
 * level label with withLevelLabel; the CLI does the same from a mapping file.
 */

/** Rows searched for the header: title rows, notes and group rows come first in real files. */
export const HEADER_SCAN_ROWS = 30;
/** Limits that keep a layout within what may cross IPC (see layout-schema.ts). */
const MAX_HEADER = 1000;
const MAX_LABEL = 200;
/** A mis-mapped free-text column would otherwise make one label per row. */
const MAX_LABELS = 200;

type FieldKind = Exclude<ColumnTarget['kind'], 'skill' | 'allocation' | 'ignore'>;

const FIELD_NAMES: Record<FieldKind, string[]> = {
  name: ['name', 'full name', 'person', 'person name', 'employee', 'employee name', 'member', 'team member'],
  title: ['title', 'job title', 'position', 'job', 'job role', 'role title', 'position title'],
  role: ['role', 'framework role', 'gapwise role', 'job family'],
  productTeam: ['team', 'product team', 'squad', 'pod', 'team name'],
  fte: ['fte', 'f t e', 'full time equivalent', 'fte %'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'manager notes'],
  assessedOn: [
    'assessed on',
    'assessed',
    'date assessed',
    'last assessed',
    'assessment date',
    'assessed date',
    'date of assessment',
    'review date',
    'last review',
  ],
};

export type HeaderMatch = Pick<ColumnMapping, 'target' | 'matchedBy'>;

interface HeaderIndex {
  fields: Map<string, FieldKind>;
  /** Tiers tried in order; a tier with several skills for one key is ambiguous. */
  tiers: [Exclude<ColumnMapping['matchedBy'], 'field' | 'user' | 'none'>, Map<string, string[]>][];
  levelNames: Map<string, number>;
  top: number;
}

const indexes = new WeakMap<Framework, HeaderIndex>();

function headerIndex(framework: Framework): HeaderIndex {
  const cached = indexes.get(framework);
  if (cached) return cached;
  const fields = new Map<string, FieldKind>();
  for (const [kind, names] of Object.entries(FIELD_NAMES) as [FieldKind, string[]][]) {
    for (const name of names) fields.set(name, kind);
  }
  const byName = new Map<string, string[]>();
  const byId = new Map<string, string[]>();
  const byAlias = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, text: string, id: string) => {
    const key = normaliseHeader(text);
    const ids = map.get(key) ?? [];
    if (key !== '' && !ids.includes(id)) map.set(key, [...ids, id]);
  };
  for (const skill of framework.skills) {
    add(byName, skill.name, skill.id);
    add(byId, skill.id, skill.id);
    for (const alias of skill.aliases ?? []) add(byAlias, alias, skill.id);
  }
  const index: HeaderIndex = {
    fields,
    tiers: [
      ['name', byName],
      ['id', byId],
      ['alias', byAlias],
    ],
    levelNames: new Map(framework.scale.levels.map((l) => [normaliseHeader(l.name), l.level])),
    top: maxLevel(framework.scale),
  };
  indexes.set(framework, index);
  return index;
}

const IGNORE: HeaderMatch = { target: { kind: 'ignore' }, matchedBy: 'none' };

/**
 * What one header names: a known field; a responsibility's share of time ("Pipelines %");
 * else a skill by name, id or alias — every skill the text names, as a "Machine learning"
 * column may rate two; else nothing.
 */
export function matchHeader(text: string, framework: Framework): HeaderMatch {
  const index = headerIndex(framework);
  const key = normaliseHeader(text);
  if (key === '') return IGNORE;
  const field = index.fields.get(key);
  if (field) return { target: { kind: field }, matchedBy: 'field' };
  const allocation = matchAllocationHeader(text, framework);
  if (allocation && 'responsibilityId' in allocation) {
    return { target: { kind: 'allocation', responsibilityId: allocation.responsibilityId }, matchedBy: 'field' };
  }
  // A percent header that names no single responsibility is not a skill's levels either.
  if (allocation || isPercentHeader(text)) return IGNORE;
  for (const [matchedBy, map] of index.tiers) {
    const ids = map.get(key);
    if (ids) return { target: { kind: 'skill', skillIds: ids }, matchedBy };
  }
  return IGNORE;
}

/**
 * Fields and time allocations are read from one column each: two "Name" columns are the
 * same data twice. Skills are not: several columns may feed one skill (the highest wins).
 */
const targetKey = (target: ColumnTarget): string | undefined => {
  if (target.kind === 'ignore' || target.kind === 'skill') return undefined;
  return target.kind === 'allocation' ? `allocation:${target.responsibilityId}` : target.kind;
};

function headerColumns(row: readonly RawCell[], framework: Framework): ColumnMapping[] {
  const taken = new Set<string>();
  return row.map((cell, index) => {
    const header = cellText(cell).slice(0, MAX_HEADER);
    const match = matchHeader(header, framework);
    const key = targetKey(match.target);
    if (key === undefined) return { index, header, ...match };
    if (taken.has(key)) return { index, header, ...IGNORE };
    taken.add(key);
    return { index, header, ...match };
  });
}

export interface DetectOptions {
  /** For the error's message; without it the sheet names the place on its own. */
  fileName?: string;
  /** 0-based header row chosen by the user or a mapping file: no search, no requirement. */
  headerRow?: number;
}

/**
 * Finds the header row in the first 30 rows — the one with the most cells naming a field or
 * skill, among rows with a name column and at least one skill column — and maps its
 * columns, level labels and role values. Throws InterchangeError if none fits.
 */
export function detectLayout(sheet: RawSheet, framework: Framework, options: DetectOptions = {}): SheetLayout {
  const fail = (message: string): never => {
    const where = `sheet ${quoteCell(sheet.name)}`;
    // Without a file name the sheet stands in for it, so the message does not start with ": ".
    throw new InterchangeError(
      options.fileName === undefined ? { fileName: where, message } : { fileName: options.fileName, where, message },
    );
  };
  let headerRow = options.headerRow;
  if (headerRow !== undefined) {
    if (!Number.isInteger(headerRow) || headerRow < 0 || headerRow >= sheet.rows.length) {
      fail(`header row ${headerRow + 1} is not in the sheet, which has ${sheet.rows.length} rows`);
    }
  } else {
    let best = -1;
    sheet.rows.slice(0, HEADER_SCAN_ROWS).forEach((row, r) => {
      const columns = headerColumns(row, framework);
      const hasName = columns.some((c) => c.target.kind === 'name');
      const skills = columns.filter((c) => c.target.kind === 'skill').length;
      const score = columns.filter((c) => c.matchedBy !== 'none').length;
      if (hasName && skills > 0 && score > best) {
        best = score;
        headerRow = r;
      }
    });
    if (headerRow === undefined) {
      fail(`no header row with a name column and at least one skill column in the first ${HEADER_SCAN_ROWS} rows`);
    }
  }
  const row = headerRow!;
  const layout: SheetLayout = {
    sheet: sheet.name,
    headerRow: row,
    columns: headerColumns(sheet.rows[row] ?? [], framework),
    levelLabels: {},
  };
  return refreshFromSheet(sheet, layout, framework);
}

/**
 * The level a label names, or null: a scale level's name ("Expert"), a common rating word
 * that means one ("Intermediate", see level-words.ts), a number on the scale ("Level 3",
 * "L3"), or both when they agree ("3 - Practitioner").
 */
export function guessLevel(label: string, framework: Framework): number | null {
  const { levelNames, top } = headerIndex(framework);
  const key = normaliseHeader(label);
  const named = levelNames.get(key) ?? levelOfWord(key, levelNames);
  if (named !== undefined) return named;
  const numbered = /^(?:level|lvl|l)? ?(\d+)(?: (.+))?$/.exec(key);
  if (!numbered) return null;
  const level = Number(numbered[1]);
  if (level > top) return null;
  const rest = numbered[2];
  return rest === undefined || levelNames.get(rest) === level ? level : null;
}

/**
 * Text in skill columns that is not a number or a "not assessed" mark, as normalised label →
 * guessed level. Labels already in the layout keep their (possibly user-chosen) level.
 */
export function collectLevelLabels(
  sheet: RawSheet,
  layout: SheetLayout,
  framework: Framework,
): Record<string, number | null> {
  const labels = new Map(Object.entries(layout.levelLabels));
  const skillColumns = layout.columns.filter((c) => c.target.kind === 'skill').map((c) => c.index);
  const skipped = new Set(layout.skipRows);
  for (const [i, row] of sheet.rows.slice(layout.headerRow + 1).entries()) {
    if (skipped.has(layout.headerRow + 2 + i)) continue;
    for (const index of skillColumns) {
      const cell = row[index];
      if (typeof cell === 'number' || cellNumber(cell) !== undefined) continue;
      const text = cellText(cell);
      if (isNotAssessedMark(text)) continue;
      const key = normaliseHeader(text);
      if (key.length > MAX_LABEL || labels.has(key)) continue;
      // "Constructor" as a label would make the layout one IPC refuses as a prototype key; the
      // cell is then a row error the user fixes in the file.
      if (isForbiddenKey(key)) continue;
      if (labels.size >= MAX_LABELS) return Object.fromEntries(labels);
      labels.set(key, guessLevel(key, framework));
    }
  }
  return Object.fromEntries(labels);
}

/**
 * The layout with level labels and role values collected again from the sheet, after a
 * column was re-mapped or rows left out; the user's earlier choices are kept.
 */
export function refreshFromSheet(sheet: RawSheet, layout: SheetLayout, framework: Framework): SheetLayout {
  const withLabels = { ...layout, levelLabels: collectLevelLabels(sheet, layout, framework) };
  return { ...withLabels, roleValues: collectRoleValues(sheet, withLabels, framework) };
}

/**
 * The user's choice for one column. A column that held the same field or allocation before
 * is set to ignore, so a name or a responsibility's time is never read from two columns.
 */
export function withColumnTarget(layout: SheetLayout, index: number, target: ColumnTarget): SheetLayout {
  const key = targetKey(target);
  return {
    ...layout,
    columns: layout.columns.map((column): ColumnMapping => {
      if (column.index === index) return { index, header: column.header, target, matchedBy: 'user' };
      if (key !== undefined && targetKey(column.target) === key)
        return { index: column.index, header: column.header, ...IGNORE };
      return column;
    }),
  };
}

/** The user's level for a label (null: not mapped yet); the label is normalised here. */
export function withLevelLabel(layout: SheetLayout, label: string, level: number | null): SheetLayout {
  return { ...layout, levelLabels: { ...layout.levelLabels, [normaliseHeader(label)]: level } };
}

/** The user's choice to leave a row (1-based, as the sheet numbers it) out or take it in. */
export function withRowLeftOut(layout: SheetLayout, row: number, leftOut: boolean): SheetLayout {
  const skipRows = (layout.skipRows ?? []).filter((r) => r !== row);
  const keepRows = (layout.keepRows ?? []).filter((r) => r !== row);
  return {
    ...layout,
    skipRows: leftOut ? [...skipRows, row].sort((a, b) => a - b) : skipRows,
    keepRows: leftOut ? keepRows : [...keepRows, row].sort((a, b) => a - b),
  };
}

/** Why a column is left out, in words for the mapping table and the CLI. */
export function unmatchedReason(layout: SheetLayout, column: ColumnMapping, framework: Framework): string {
  if (column.target.kind !== 'ignore') return '';
  if (column.matchedBy === 'user') return 'ignored by you';
  if (column.header === '') return 'no header';
  const allocation = matchAllocationHeader(column.header, framework);
  if (allocation && 'ambiguous' in allocation) {
    const names = allocation.ambiguous.map((id) => framework.skills.find((s) => s.id === id)?.name ?? id);
    return `a share of time on several responsibilities (${names.join(', ')}); choose one`;
  }
  if (
    allocation === undefined &&
    isPercentHeader(column.header) &&
    matchHeader(column.header, framework).target.kind === 'ignore'
  ) {
    return 'a share of time, but no responsibility of the framework has this name';
  }
  const key = targetKey(matchHeader(column.header, framework).target);
  const first = layout.columns.find(
    (c) => c.index !== column.index && key !== undefined && targetKey(c.target) === key,
  );
  if (first) return `same as column ${quoteCell(first.header)}, which is imported`;
  return 'no field or skill of the framework has this name';
}
