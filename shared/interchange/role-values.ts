import { OTHER_ROLE_ID, OTHER_ROLE_NAME, type Framework } from '../domain';
import { isForbiddenKey } from '../io/safe-json';
import { cellText, normaliseHeader } from './normalise';
import type { ColumnMapping, RawSheet, RoleValue, SheetLayout } from './types';

/*
 * Roles from what a spreadsheet says: a role column ("DS", "Data engineer") or, without one,
 * the job title ("Senior Data Scientist", "BI Developer"). Each distinct value is guessed
 * once, shown to the user in a table like level labels, and can be changed there or in a
 * mapping file's "roles".
 */

/** A role column holds a handful of values; a mis-mapped free-text column would make one per row. */
const MAX_ROLE_VALUES = 500;
const MAX_VALUE = 200;

interface RoleKeys {
  /** Exact keys: ids, names, abbreviations, job-title aliases. */
  exact: Map<string, Set<string>>;
  /** Names and aliases found inside a longer title, longest first. */
  phrases: { key: string; roleId: string }[];
}

const keysOf = new WeakMap<Framework, RoleKeys>();

function roleKeys(framework: Framework): RoleKeys {
  const cached = keysOf.get(framework);
  if (cached) return cached;
  const exact = new Map<string, Set<string>>();
  const phrases: { key: string; roleId: string }[] = [];
  const add = (text: string, roleId: string, phrase: boolean) => {
    const key = normaliseHeader(text);
    if (key === '') return;
    exact.set(key, (exact.get(key) ?? new Set()).add(roleId));
    if (phrase) phrases.push({ key, roleId });
  };
  for (const role of framework.roles) {
    add(role.id, role.id, false);
    add(role.name, role.id, true);
    for (const alias of role.aliases ?? []) add(alias, role.id, true);
    const words = normaliseHeader(role.name).split(' ');
    // "Data scientist" → DS: the abbreviation teams write in role columns.
    if (words.length > 1) add(words.map((w) => w[0]).join(''), role.id, false);
  }
  add(OTHER_ROLE_ID, OTHER_ROLE_ID, false);
  add(OTHER_ROLE_NAME, OTHER_ROLE_ID, false);
  phrases.sort((a, b) => b.key.length - a.key.length);
  const keys = { exact, phrases };
  keysOf.set(framework, keys);
  return keys;
}

/**
 * The role a role or title value names, or null: an exact id, name, abbreviation or alias;
 * else the longest role name or alias inside it ("Senior data scientist", "Lead BI developer")
 * when no other role's name or alias of the same length is in it too.
 */
export function guessRole(value: string, framework: Framework): RoleValue {
  const { exact, phrases } = roleKeys(framework);
  const key = normaliseHeader(value);
  if (key === '') return null;
  const found = exact.get(key);
  if (found) return found.size === 1 ? [...found][0]! : null;
  const padded = ` ${key} `;
  const within = phrases.filter((p) => padded.includes(` ${p.key} `));
  if (within.length === 0) return null;
  const longest = within.filter((p) => p.key.length === within[0]!.key.length);
  const roles = new Set(longest.map((p) => p.roleId));
  return roles.size === 1 ? longest[0]!.roleId : null;
}

/** The column roles are read from: the role column, else the job title. */
export function roleSourceColumn(layout: SheetLayout): ColumnMapping | undefined {
  return layout.columns.find((c) => c.target.kind === 'role') ?? layout.columns.find((c) => c.target.kind === 'title');
}

/**
 * Distinct values of the role source column, normalised → guessed role. Values already in
 * the layout keep their (possibly user-chosen) role; values no longer in the column go.
 */
export function collectRoleValues(
  sheet: RawSheet,
  layout: SheetLayout,
  framework: Framework,
): Record<string, RoleValue> {
  const column = roleSourceColumn(layout);
  if (!column) return {};
  const before = layout.roleValues ?? {};
  const values = new Map<string, RoleValue>();
  for (const row of sheet.rows.slice(layout.headerRow + 1)) {
    const text = cellText(row[column.index]);
    const key = normaliseHeader(text);
    if (key === '' || key.length > MAX_VALUE || values.has(key)) continue;
    // A title "Constructor" as a key would get the dialog's layout refused over IPC: unless a
    // mapping file (which never crosses IPC) chose its role, it is resolved as it comes.
    if (isForbiddenKey(key) && !Object.hasOwn(before, key)) continue;
    if (values.size >= MAX_ROLE_VALUES) break;
    values.set(key, Object.hasOwn(before, key) ? before[key]! : guessRole(text, framework));
  }
  return Object.fromEntries(values);
}

/** The user's role for a value (null: none; the default role applies); the value is normalised here. */
export function withRoleValue(layout: SheetLayout, value: string, role: RoleValue): SheetLayout {
  return { ...layout, roleValues: { ...layout.roleValues, [normaliseHeader(value)]: role } };
}

/** The role a value is read as: the layout's choice, else the guess. */
export function roleOfValue(value: string, layout: SheetLayout, framework: Framework): RoleValue {
  const key = normaliseHeader(value);
  const chosen = layout.roleValues;
  return chosen && Object.hasOwn(chosen, key) ? chosen[key]! : guessRole(value, framework);
}
